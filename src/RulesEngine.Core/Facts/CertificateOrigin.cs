namespace RulesEngine.Core.Facts;

/// <summary>The values of <see cref="Certificate.Origin"/>.</summary>
internal static class CertificateOrigin
{
    /// <summary>Printed under a trace-log line such as "Client certificate:".</summary>
    public const string TraceLog = "trace-log";

    /// <summary>The <c>certificate</c> field of a service key's JSON.</summary>
    public const string ServiceKey = "service-key";

    /// <summary>Pasted bare under words that say it is the one the sender presents ("our client certificate:",
    /// "X-CLIENT-CERT:"); always stated, never found.</summary>
    public const string Client = "client";

    /// <summary>Anywhere else in the ticket.</summary>
    public const string Ticket = "ticket";
}
