using System.Text;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

/// <summary>The text shapes a certificate arrives in, for the property test: each turns a certificate into the text of an input.</summary>
internal static class CertificateShapes
{
    /// <summary>The shapes' names, indexed as <see cref="Write"/> takes them.</summary>
    public static readonly string[] Names =
    [
        "PEM", "one-line PEM", "bare base64 on one line", "wrapped base64", "JSON \\n-escaped", "base64url",
        "CRLF PEM", "extra spaces", "inside a service key", "under Client certificate: in a trace log", "PEM at a random width",
    ];

    /// <summary>Writes <paramref name="certificate"/> in shape <paramref name="shape"/>; <paramref name="width"/> is a line width
    /// (16..120) and <paramref name="spaces"/> a count of extra spaces (1..4) for the shapes that use them.</summary>
    public static string Write(TestCertificates.GeneratedCertificate certificate, int shape, int width, int spaces)
    {
        var pad = new string(' ', spaces);
        return shape switch
        {
            0 => "Hello,\n\n" + certificate.Pem + "\nRegards\n",
            1 => "Certificate: " + certificate.OneLinePem + "\n",
            2 => "Here it is: " + certificate.Base64 + " - thanks\n",
            3 => "Certificate without header lines:\n" + Wrap(certificate.Base64, width, "\n") + "\n\nKind regards\n",
            4 => "{\"certificate\": \"" + certificate.JsonEscaped + "\"}",
            5 => "x5c " + certificate.Base64.Replace('+', '-').Replace('/', '_').TrimEnd('='),
            6 => certificate.Pem.Replace("\n", "\r\n", StringComparison.Ordinal),
            7 => string.Join("\n", certificate.Pem.TrimEnd().Split('\n').Select(l => pad + l + pad)) + "\n",
            8 => ServiceKey(certificate),
            9 => TraceLog(width % 2 == 0 ? certificate.Pem : Wrap(certificate.Base64, width, "\n") + "\n"),
            _ => "-----BEGIN CERTIFICATE-----\n" + Wrap(certificate.Base64, width, "\n") + "\n-----END CERTIFICATE-----\n",
        };
    }

    private static string Wrap(string text, int width, string lineBreak) =>
        string.Join(lineBreak, text.Chunk(width).Select(c => new string(c)));

    private static string ServiceKey(TestCertificates.GeneratedCertificate certificate) => new StringBuilder()
        .Append("{\n  \"oauth\": {\n    \"clientid\": \"sb-property!b1|it-rt-x!b1\",\n")
        .Append("    \"certificate\": \"").Append(certificate.JsonEscaped).Append("\",\n")
        .Append("    \"key\": \"").Append(certificate.PrivateKeyPem.Replace("\n", "\\n", StringComparison.Ordinal)).Append("\",\n")
        .Append("    \"url\": \"https://x.it-cpi018-rt.cfapps.eu10.hana.ondemand.com\"\n  }\n}\n")
        .ToString();

    private static string TraceLog(string certificateText) =>
        "2026-11-28 10:15:02.345 ERROR [http-nio-8080-exec-7] com.sap.it.security.authentication.ClientCertificateAuthenticator - "
        + "The client certificate is not configured in a service key of a Process Integration Runtime service instance. Client certificate:\n"
        + certificateText
        + "2026-11-28 10:15:02.360 INFO [http-nio-8080-exec-7] com.sap.it.op.agent.mpl.MessageProcessingLogSink - done\n";
}
