using System.Text;

namespace RulesEngine.Core.Tests.Redaction;

/// <summary>A generated corpus of secrets: every family of secret in several syntaxes, with random-looking values that
/// are the same on every run (a seeded generator), and lines that look like secrets but are not.</summary>
public static partial class SecretShapes
{
    // Lazy: the name tables of the other partial files must be initialized first.
    private static readonly Lazy<IReadOnlyList<SecretShape>> _all = new(Generate);

    /// <summary>Every shape, in family order.</summary>
    public static IReadOnlyList<SecretShape> All => _all.Value;

    /// <summary>The family names, in order.</summary>
    public static IReadOnlyList<string> Families => [.. All.Select(s => s.Family).Distinct()];

    /// <summary>The shapes of one family.</summary>
    public static IReadOnlyList<SecretShape> Of(string family) => [.. All.Where(s => s.Family == family)];

    /// <summary>A CPI trace log whose every shape stands on its own error record, a 401 the extractors read as evidence.</summary>
    public static string TraceLog(IEnumerable<SecretShape> shapes)
    {
        var log = new StringBuilder();
        var second = 0;
        foreach (var shape in shapes)
        {
            // A word of letters per record: records that differ only in digits and tokens are one repeated fact.
            var time = $"2026-11-28 10:{second / 60:D2}:{second % 60:D2}.{second % 1000:D3}";
            log.Append(time).Append(" INFO  [http-nio-8080-exec-").Append(second % 9).Append("] com.sap.it.op.agent.mpl.MessageProcessingLogSink - Message processing started\n");
            log.Append(time).Append(" ERROR [http-nio-8080-exec-").Append(second % 9).Append("] com.sap.it.rt.adapter.http.common.HttpErrorHandler - HTTP 401 Unauthorized ")
                .Append("when communicating with https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees, request ")
                .Append(Serial(second)).Append(": ").Append(shape.Text).Append('\n');
            second++;
        }

        return log.ToString();
    }

    /// <summary>The first shape whose secret, or a piece of it, appears in <paramref name="output"/>, with that piece; or null.</summary>
    public static (SecretShape Shape, string Marker)? FindLeak(string output, IEnumerable<SecretShape> shapes)
    {
        foreach (var shape in shapes)
        {
            foreach (var marker in shape.LeakMarkers)
            {
                if (output.Contains(marker, StringComparison.Ordinal))
                {
                    return (shape, marker);
                }
            }
        }

        return null;
    }

    /// <summary>The output around <paramref name="marker"/>, for a failure message.</summary>
    public static string Around(string output, string marker)
    {
        var at = Math.Max(0, output.IndexOf(marker, StringComparison.Ordinal));
        return output[Math.Max(0, at - 160)..Math.Min(output.Length, at + 160)];
    }

    /// <summary>The 1-based lines of <see cref="TraceLog"/> that hold the shapes, in order.</summary>
    public static IEnumerable<int> TraceLogLines(int count) => Enumerable.Range(0, count).Select(i => (2 * i) + 2);

    /// <summary>A support ticket in which every shape stands on a line quoting the CXF fault of a 401.</summary>
    public static string Ticket(IEnumerable<SecretShape> shapes)
    {
        var line = 0;
        var ticket = new StringBuilder("Hello support,\n\nsince Monday the interface from SuccessFactors to WorkForce fails. Monitor Message Processing shows:\n");
        foreach (var shape in shapes)
        {
            ticket.Append("org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with ")
                .Append("https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees; we sent ").Append(Serial(line++))
                .Append(": ").Append(shape.Text).Append('\n');
        }

        return ticket.Append("\nKind regards,\nJohn\n").ToString();
    }

    // 0 → "a", 25 → "z", 26 → "ba": a word without digits, so it survives the message template.
    private static string Serial(int number)
    {
        var word = "";
        do
        {
            word = (char)('a' + (number % 26)) + word;
            number /= 26;
        }
        while (number > 0);

        return "case " + word;
    }

    /// <summary>Lines that look like secrets and are not: redaction must leave each as it is.</summary>
    public static IReadOnlyList<string> NonSecrets { get; } =
    [
        "Authorization = User Role",
        "Channel settings: Authentication = Client Certificate, Authorization = User Role, Proxy Type = Internet",
        "X-CSRF-Token: Fetch",
        "x-csrf-token: Required",
        "password expired for user ALICE",
        "Password policy: minimum length 12, history 5",
        "the password field is empty",
        "the password is expired, please reset it",
        "password is required",
        "Kennwort falsch",
        "Das Kennwort ist falsch",
        "das Passwort lautet anders als erwartet",
        "password_locked for user ALICE",
        "token_type=bearer&expires_in=3600&scope=uaa.resource",
        "{\"token_type\":\"bearer\",\"expires_in\":43199,\"scope\":\"uaa.resource\",\"jti\":\"5f2c\"}",
        "grant_type=client_credentials&client_id=sb-na-1a2b3c4d!t1234&response_type=token",
        "\"clientid\": \"sb-na-1a2b3c4d!t1234\"",
        "https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com:443/http/wfs/employees?mail=alice@acme.example",
        "http://localhost:8080/@admin/status",
        "SHA-256 fingerprint 3F:1A:9C:2B:7D:44:E0:11:5A:6B:8C:9D:0E:1F:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7:08:19:2A:3B",
        "[LGN0010] Authentication failed: the user is not authorized",
        "2026-11-28 10:15:01.912 INFO [http-nio-8080-exec-7] com.sap.it.op.agent.mpl.MessageProcessingLogSink - Message processing started",
        "Access-Control-Allow-Credentials: true",
        "Basic Authentication is disabled for company ACME",
        "use a Bearer token from the token endpoint",
        "bypass=true compass: N",
        "Secret store: connection failed",
        "Invalid credentials (user ALICE)",
        "session id 42 closed",
        "MIIB0DCCAXagAwIBAgIIGgg5wzMMO10wCgYIKoZIzj0EAwIwcDEfMB0GA1UEAwwWQ29ycHVzIFRlc3QgSXNzdWluZyBDQTEgMB4GA1UECwwX",
        "MIGRATION_STATUS_ACTIVE_FOR_ALL_TENANTS_SINCE_2026",
        "| name | password | created |",
        "task-scheduler-0123456789abcdefghij started",
    ];
}
