using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction.Signals;

namespace RulesEngine.Benchmarks;

/// <summary>Generated inputs: a CPI log of any size, a 1 KB ticket, the seed package catalog and author signals.</summary>
public static class BenchmarkInputs
{
    /// <summary>One megabyte, as the benchmarks count it: 2^20 characters (bytes, for these ASCII inputs).</summary>
    public const int Megabyte = 1 << 20;

    // Ten signals as an author would write them for the knowledge brief's symptoms; four of them occur in the log.
    private static readonly (string Name, string Keyword, string? Regex)[] _realistic =
    [
        ("xsuaa-client", "XSUAA could not authenticate", @"client ID (?<client>[\w-]+)"),
        ("multiple-clones", "Multiple clones found", null),
        ("dn-not-accepted", "subjectAndIssuers", @"subject: (?<subject>[^;]+); issuer: (?<issuer>[^)]+)"),
        ("pkix", "PKIX path building failed", null),
        ("csrf", "CSRF token validation failed", null),
        ("saml-signature", "Unable to verify the signature of the SAML assertion", null),
        ("ip-restriction", "Attempted login from unauthorized ip", @"ip (?<ip>[0-9.]+)"),
        ("tls-socket", "Could not convert socket to TLS", null),
        ("locked", "password_locked", null),
        ("connector-handshake", "Invalid status of handshake response", @"response: (?<status>\d+)"),
    ];

    /// <summary>The catalog of the seed article (KBA 3474524) and the three partner packages.</summary>
    public static PackageCatalog Catalog { get; } = new(
    [
        new PackageEntry("sf-ec-to-wfs", "Packaged Integration - SF EC to WFS", ["SF EC to WFS", "EC to WFS"], "SAP", null, []),
        new PackageEntry("sf-ec-to-wfs-custom-mapping", "Packaged Integration SF EC to WFS - Custom Mapping", ["EC to WFS Custom Mapping"], "SAP", null, []),
        new PackageEntry("wfs-to-sf-ec-payroll", "Packaged Integration - WFS to SF EC Payroll", ["WFS to SF EC Payroll"], "SAP", null, []),
        new PackageEntry("WFStoSFECPayrollIntegration", "SAP Time and Attendance Management by WorkForce Software integration with SAP SuccessFactors Employee Central Payroll", [], "WorkForce Software", null, []),
    ]);

    /// <summary>The 10 realistic signals, then generated ones (half keyword-only, half with a regex) up to <paramref name="count"/>.</summary>
    public static IReadOnlyList<SignalPattern> Signals(int count) =>
    [
        .. _realistic.Take(count).Select(s => new SignalPattern(s.Name, [s.Keyword], s.Regex is null ? null : Compile(s.Regex))),
        .. Enumerable.Range(0, Math.Max(0, count - _realistic.Length)).Select(i => new SignalPattern(
            $"generated-{i}",
            [$"generated symptom {i:D4} alpha", $"kb{i:D4}-marker"],
            i % 2 == 0 ? null : Compile($@"kb{i:D4}-marker (?<value>\w+)"))),
    ];

    /// <summary>A support ticket of about 1 KB: prose, the CXF fault, a package name, an error body.</summary>
    public static string Ticket { get; } =
        "Hello support,\n\nsince the certificate renewal on Monday the interface from SuccessFactors to WorkForce fails. We use\n"
        + "Packaged Integration - SF EC to WFS (see https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow for the successor).\n"
        + "Monitor Message Processing shows:\n"
        + "org.apache.cxf.interceptor.Fault: Could not send Message., cause: org.apache.cxf.transport.http.HTTPException: "
        + "HTTP response '401: Unauthorized' when communicating with https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees\n"
        + "The sender gets {\"error\":\"invalid_client\",\"error_description\":\"Either the client certificate is not configured exactly once\"}.\n"
        + "We already checked the service key and redeployed the iFlow twice. Our user is not locked and the password was\n"
        + "reset. Could you please check what is wrong with the client certificate? The trace log is attached.\n\nKind regards,\nJohn";

    /// <summary>A CPI system/trace log of about <paramref name="length"/> characters: mostly INFO and DEBUG records, some
    /// errors with CXF faults and stack traces, '#'-separated SAP records, JSON error bodies and a few certificates. Like a
    /// real log, its failures repeat: five senders retrying, every record with its own time, thread, ids and durations.</summary>
    public static string CpiLog(int length)
    {
        var certificate = Convert.ToBase64String(SelfSignedCertificate());
        var log = new StringBuilder(length + 4096);
        var time = new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc);
        for (var i = 0; log.Length < length; i++)
        {
            time = time.AddMilliseconds(37);
            var stamp = time.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
            var thread = $"http-nio-8080-exec-{i % 40}";
            switch (i % 20)
            {
                case 0:
                    log.Append(stamp).Append(" ERROR [").Append(thread).Append("] com.sap.it.rt.adapter.http.common.HttpErrorHandler - ")
                        .Append("org.apache.cxf.interceptor.Fault: Could not send Message., cause: org.apache.cxf.transport.http.HTTPException: ")
                        .Append("HTTP response '401: Unauthorized' when communicating with https://api4.successfactors.com/odata/v2/User?$top=").Append(i).Append('\n')
                        .Append("\tat org.apache.cxf.interceptor.MessageSenderInterceptor$MessageSenderEndingInterceptor.handleMessage(MessageSenderInterceptor.java:64)\n")
                        .Append("\tat org.apache.cxf.phase.PhaseInterceptorChain.doIntercept(PhaseInterceptorChain.java:307)\n")
                        .Append("\tat org.apache.camel.component.cxf.CxfProducer.process(CxfProducer.java:118)\n");
                    break;
                case 5:
                    log.Append("#2.0#").Append(time.ToString("yyyy MM dd HH:mm:ss:fff", System.Globalization.CultureInfo.InvariantCulture))
                        .Append("#+0000#Error#com.sap.it.security.multicloud.authentication.UaaTokenBroker#\u00a0#BC-CP-IS#it-op-srv#Thread[")
                        .Append(thread).Append(",5,main]#Plain##XSUAA could not authenticate OAuth client with client ID sb-it-rt-acme-").Append(i % 5).Append("#\n");
                    break;
                case 9:
                    log.Append(stamp).Append(" WARN  [").Append(thread).Append("] com.sap.it.rt.scc.connectivity.tls - ")
                        .Append("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: ")
                        .Append("unable to find valid certification path to requested target\n");
                    break;
                case 13:
                    log.Append(stamp).Append(" ERROR [").Append(thread).Append("] com.sap.it.rt.adapter.odata.ODataReceiver - HTTP/1.1 403 Forbidden ")
                        .Append("{\"error\":{\"code\":\"COE_GENERAL_FORBIDDEN\",\"message\":{\"lang\":\"en-US\",\"value\":\"[COE0020]No permission! You don't have permission to view the user.\"}}}\n");
                    break;
                case 17 when i % 2000 == 17:
                    log.Append(stamp).Append(" ERROR [").Append(thread).Append("] com.sap.it.security.ClientCertificateAuthenticator - The client certificate is not ")
                        .Append("configured in a service key of a Process Integration Runtime service instance. Client certificate:\n")
                        .Append(certificate).Append('\n');
                    break;
                case 2 or 7 or 11 or 15 or 19:
                    log.Append(stamp).Append(" DEBUG [").Append(thread).Append("] org.apache.http.headers - << HTTP/1.1 200 OK, Content-Type: application/json; ")
                        .Append("charset=utf-8, Content-Length: ").Append(200 + (i % 700)).Append(", sap-server: true, x-correlationid: ").Append(Guid.Empty).Append('\n');
                    break;
                default:
                    log.Append(stamp).Append(" INFO  [").Append(thread).Append("] com.sap.it.op.agent.mpl.MessageProcessingLogger - Message processing step ")
                        .Append(i % 12).Append(" of integration flow EC_to_WFS_Employee_Replication completed for MPL ID AGZ").Append(i.ToString("X8", System.Globalization.CultureInfo.InvariantCulture))
                        .Append(" in ").Append(i % 97).Append(" ms\n");
                    break;
            }
        }

        return log.ToString();
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static byte[] SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=wfs-client, O=ACME, C=DE", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return certificate.Export(X509ContentType.Cert);
    }
}
