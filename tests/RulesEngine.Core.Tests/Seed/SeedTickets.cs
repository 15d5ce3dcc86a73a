using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Seed;

/// <summary>Realistic inputs of the KBA 3474524 case, with certificates generated per test.</summary>
internal static class SeedTickets
{
    public const string TraceLine = "The client certificate is not configured in a service key of a Process Integration Runtime service instance. Client certificate:";

    public const string ClientSecret = "c3f1e0a9-77b2-4d1e-a6f0-2e9d5b4c1a88$PlantedSecretForTests";

    public static TicketInput Ticket(string package = "Packaged Integration - SF EC to WFS") => new("ticket.txt", $"""
        Hello support,

        our integration package "{package}" fails since we switched to client certificates.
        Monitor Message Processing shows:

        org.apache.cxf.interceptor.Fault: Could not send Message., cause: org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees

        Thanks, Dana
        """);

    public static TicketInput TraceLog(TestCertificates.GeneratedCertificate presented) => new("trace.log", $"""
        2026-11-28 10:15:01.912 INFO [http-nio-8080-exec-7] com.sap.it.op.agent.mpl.MessageProcessingLogSink - Message processing started
        2026-11-28 10:15:02.345 ERROR [http-nio-8080-exec-7] com.sap.it.security.authentication.ClientCertificateAuthenticator - {TraceLine}
        {presented.Pem}2026-11-28 10:15:02.360 INFO [http-nio-8080-exec-7] com.sap.it.op.agent.mpl.MessageProcessingLogSink - Message processing finished with status FAILED
        """);

    public static TicketInput ServiceKey(TestCertificates.GeneratedCertificate configured) => new("service-key.json", $$"""
        {
          "oauth": {
            "clientid": "sb-7c1e4f0a!b41822|it-rt-acme!b117912",
            "clientsecret": "{{ClientSecret}}",
            "url": "https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com",
            "tokenurl": "https://acme.authentication.eu10.hana.ondemand.com/oauth/token",
            "certificate": "{{configured.JsonEscaped}}",
            "key": "{{configured.PrivateKeyPem.Replace("\n", "\\n", StringComparison.Ordinal)}}"
          }
        }
        """);

    public static TestCertificates.GeneratedCertificate Certificate(string cn) =>
        TestCertificates.Create(cn, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
