using System.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Logs;

public sealed class JsonLogReaderTests
{
    private const string Failure = "The client certificate is not configured in a service key";

    [Fact]
    public void Extract_NdjsonEvent_GivesLogEntryFromMembersWithEvidenceInTheLine()
    {
        const string log = "{\"written_at\":\"2026-11-28T10:15:02.345Z\",\"level\":\"error\",\"logger\":\"a.B\",\"thread\":\"exec-7\",\"msg\":\"" + Failure + "\"}\n";

        var entry = Assert.Single(Extract.Facts<LogEntry>(log, "trace.ndjson"));

        Assert.Equal((new DateTimeOffset(2026, 11, 28, 10, 15, 2, 345, TimeSpan.Zero), "ERROR", "a.B", "exec-7", Failure),
            (entry.Time, entry.Level, entry.Logger, entry.Thread, entry.Message));
        Assert.Equal((1, log.IndexOf(Failure, StringComparison.Ordinal) + 1), (entry.Evidence.Line, entry.Evidence.Column));
    }

    [Fact]
    public void Extract_EscapedMessage_IsDecodedForTheOtherExtractorsAndEvidencePointsAtTheOriginal()
    {
        const string log = "{\"timestamp\":\"2026-11-28T10:15:02Z\",\"level\":\"ERROR\",\"message\":\"Fault: HTTP response \\u0027401: Unauthorized\\u0027 when communicating with https:\\/\\/acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com\\/http\\/x\\nnext line \\\"quoted\\\"\"}";

        var facts = Extract.All(log, "app.ndjson");

        var error = Assert.Single(facts.OfType<HttpError>());
        Assert.Equal(("https://acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com/http/x", "inbound"), (error.Url, error.Direction));
        Assert.Equal((1, log.IndexOf("HTTP response", StringComparison.Ordinal) + 1), (error.Evidence.Line, error.Evidence.Column));
        var escaped = Assert.Single(facts.OfType<LogEntry>());
        Assert.Equal(log.IndexOf("Fault", StringComparison.Ordinal) + 1, escaped.Evidence.Column);
        Assert.EndsWith("\nnext line \"quoted\"", Assert.Single(facts.OfType<LogEntry>()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"preview\":false,\"result\":{\"_raw\":\"2026-11-28 10:15:02.345 ERROR [exec-7] com.sap.Auth - " + Failure + "\",\"_time\":\"2026-11-28T10:15:02.345+00:00\"}}", "ERROR", "com.sap.Auth")]
    [InlineData("[{\"jsonPayload\":{\"message\":\"" + Failure + "\",\"logger\":\"com.sap.Auth\"},\"severity\":\"ERROR\",\"timestamp\":\"2026-11-28T10:15:02.345678901Z\"}]", "ERROR", "com.sap.Auth")]
    [InlineData("{\"textPayload\":\"" + Failure + "\",\"severity\":\"WARNING\"}", "WARNING", null)]
    [InlineData("{\"hits\":{\"hits\":[{\"_id\":\"1\",\"_source\":{\"@timestamp\":\"2026-11-28T10:15:02.345Z\",\"log\":{\"level\":\"ERROR\",\"logger\":\"com.sap.Auth\"},\"message\":\"" + Failure + "\"}}]}}", "ERROR", "com.sap.Auth")]
    [InlineData("2026-11-28T10:15:02.34+0000 [APP/PROC/WEB/0] OUT {\"level\":\"error\",\"logger\":\"com.sap.Auth\",\"msg\":\"" + Failure + "\"}", "ERROR", "com.sap.Auth")]
    [InlineData("{\"level\":50,\"time\":1764324902345,\"msg\":\"" + Failure + "\"}", "ERROR", null)]
    public void Extract_ExporterShapes_GiveOneEntryWithLevelAndLogger(string log, string level, string? logger)
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>(log, "export.json"));

        Assert.Equal((level, logger, Failure), (entry.Level, entry.Logger, entry.Message));
    }

    [Fact]
    public void Extract_CertificateInsideJsonMessage_HasTraceLogOrigin()
    {
        var pem = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "trace.log")).Split('\n')[2..15];
        var log = "{\"level\":\"ERROR\",\"msg\":\"" + Failure + ". Client certificate:\\n" + string.Join("\\n", pem) + "\"}";

        var certificate = Assert.Single(Extract.Facts<Certificate>(log, "trace.ndjson"));

        Assert.Equal((CertificateOrigin.TraceLog, 1), (certificate.Origin, certificate.Evidence.Line));
    }

    [Fact]
    public void Extract_TruncatedLastLine_IsReadUpToTheBreak()
    {
        const string log = "{\"level\":\"INFO\",\"msg\":\"started\"}\n{\"level\":\"ERROR\",\"logger\":\"a.B\",\"msg\":\"" + Failure + " of a Proc";

        var entries = Extract.Facts<LogEntry>(log, "trace.ndjson");

        Assert.Equal([("INFO", "started"), ("ERROR", Failure + " of a Proc")], entries.Select(e => (e.Level!, e.Message)));
    }

    [Theory]
    [InlineData("{\"timestamp\":\"2026-11-28T10:15:02Z\",\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Full authentication is required\"}")]
    [InlineData("{\"error\":{\"code\":\"X\",\"message\":{\"lang\":\"en\",\"value\":\"" + Failure + "\"}}}")]
    [InlineData("{\"clientid\":\"sb-x\",\"certificate\":\"-----BEGIN CERTIFICATE-----\"}")]
    [InlineData("[2026-11-28 10:15:02] {not json at all}")]
    public void Extract_JsonThatIsNoLogEvent_GivesNoLogEntry(string text)
    {
        Assert.Empty(Extract.Facts<LogEntry>(text, "body.json"));
    }

    [Fact]
    public void Extract_TextLogBesideJsonEvents_KeepsItsOwnRecords()
    {
        const string log = "2026-11-28 10:15:01.000 INFO [m] a.B - text record\n{\"level\":\"WARN\",\"msg\":\"2026-11-28 10:15:02.000 ERROR [m] looks like a record\"}\n";

        var entries = Extract.Facts<LogEntry>(log, "mixed.log");

        Assert.Equal([("INFO", "text record"), ("WARN", "looks like a record")], entries.Select(e => (e.Level!, e.Message)));
        Assert.Equal(2, entries[1].Evidence.Line);
    }

    [Fact]
    public void Extract_HostileJson_StaysFastAndReadsTheEventAfterIt()
    {
        static string Log(int scale) => "{\"level\":\"DEBUG\",\"msg\":\"dump\",\"p\":" + new string('[', 25_000 * scale) + "\n"
            + "{\"level\":\"DEBUG\",\"msg\":\"" + new string('A', 500_000 * scale) + "\"}\n"
            + new string('{', 12_500 * scale) + "\n"
            + "{\"level\":\"ERROR\",\"msg\":\"" + Failure + "\"}\n";

        Growth.AssertLinear(Log, log => Extract.Facts<LogEntry>(log, "hostile.ndjson"), 1);
        var entries = Extract.Facts<LogEntry>(Log(4), "hostile.ndjson");

        Assert.Equal(["DEBUG", "DEBUG", "ERROR"], entries.Select(e => e.Level!));
        Assert.Equal(64 * 1024, entries[1].Message.Length);
        Assert.Equal(Failure, entries[2].Message);
    }
}
