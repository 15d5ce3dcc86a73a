using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Logs;

public sealed class LogEntryExtractorTests
{
    [Fact]
    public void Extract_IsoRecord_GivesTimeLevelThreadLoggerAndMessage()
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>(
            "2024-09-26 10:15:02.123 ERROR [http-nio-8080-exec-7] com.sap.it.some.Logger - Could not send Message."));

        Assert.Equal(new DateTimeOffset(2024, 9, 26, 10, 15, 2, 123, TimeSpan.Zero), entry.Time);
        Assert.Equal("ERROR", entry.Level);
        Assert.Equal("http-nio-8080-exec-7", entry.Thread);
        Assert.Equal("com.sap.it.some.Logger", entry.Logger);
        Assert.Equal("Could not send Message.", entry.Message);
        Assert.Equal((1, 1), (entry.Evidence.Line, entry.Evidence.Column));
    }

    [Theory]
    [InlineData("2024-09-26T10:15:02.123Z WARN [main] a.B - m")]
    [InlineData("2024-09-26T12:15:02,123+02:00 WARN [main] a.B - m")]
    [InlineData("2024-09-26 05:15:02.123-0500 warn [main] a.B - m")]
    [InlineData("2024-09-26 10:15:02.123 [main] WARN a.B - m")]
    public void Extract_IsoTimeVariants_GiveSameUtcTime(string line)
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>(line));

        Assert.Equal(new DateTimeOffset(2024, 9, 26, 10, 15, 2, 123, TimeSpan.Zero), entry.Time);
        Assert.Equal(TimeSpan.Zero, entry.Time!.Value.Offset);
        Assert.Equal("WARN", entry.Level);
        Assert.Equal("main", entry.Thread);
        Assert.Equal("a.B", entry.Logger);
        Assert.Equal("m", entry.Message);
    }

    [Fact]
    public void Extract_StackTraceAndCertificateLines_JoinTheRecordAbove()
    {
        const string log = "2024-09-26 10:15:02.123 ERROR [exec-1] com.sap.it.security.Logger - The client certificate is not configured"
            + " in a service key of a Process Integration Runtime service instance. Client certificate:\r\n"
            + "MIIBszCCAVmgAwIBAgIUXyz\r\n"
            + "org.apache.cxf.interceptor.Fault: Could not send Message.\r\n"
            + "\tat org.apache.cxf.Foo.bar(Foo.java:12)\r\n"
            + "2024-09-26 10:15:03.000 INFO [exec-2] com.sap.Other - next\r\n";

        var entries = Extract.Facts<LogEntry>(log);

        Assert.Equal(2, entries.Count);
        Assert.EndsWith(
            "Client certificate:\nMIIBszCCAVmgAwIBAgIUXyz\norg.apache.cxf.interceptor.Fault: Could not send Message.\n\tat org.apache.cxf.Foo.bar(Foo.java:12)",
            entries[0].Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain('\r', entries[0].Message);
        Assert.Equal("next", entries[1].Message);
        Assert.Equal(5, entries[1].Evidence.Line);
    }

    [Fact]
    public void Extract_BlankLineAfterRecord_EndsIt()
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>(
            "2024-09-26 10:15:02 ERROR a.B - failed\n\nKind regards,\nJohn"));

        Assert.Equal("failed", entry.Message);
    }

    [Fact]
    public void Extract_BlankLineAfterColon_KeepsCertificateInRecord()
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>(
            "2024-09-26 10:15:02 ERROR a.B - Client certificate:\n\nMIIBszCCAVmg\n"));

        Assert.Equal("Client certificate:\nMIIBszCCAVmg", entry.Message.Replace("\n\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SapListRecord_GivesFieldsAndLastNonEmptyField()
    {
        const string line = "#2.0#2024 09 26 10:15:02:123#+0200#Error#com.sap.it.security.Logger#\u00a0#BC-CP-IS#it-op-srv#"
            + "Thread[http-nio-8080-exec-7,5,main]#Plain##The client certificate is not configured in a service key.#";

        var entry = Assert.Single(Extract.Facts<LogEntry>(line));

        Assert.Equal(new DateTimeOffset(2024, 9, 26, 8, 15, 2, 123, TimeSpan.Zero), entry.Time);
        Assert.Equal("ERROR", entry.Level);
        Assert.Equal("com.sap.it.security.Logger", entry.Logger);
        Assert.Equal("http-nio-8080-exec-7,5,main", entry.Thread);
        Assert.Equal("The client certificate is not configured in a service key.", entry.Message);
    }

    [Fact]
    public void Extract_SapListRecordGoingOnOverLines_JoinsThemWithoutClosingHash()
    {
        const string log = "#2.0#2024 09 26 10:15:02:123#+0000#Warning#com.sap.Logger#Plain##first part\nsecond part#\n";

        var entry = Assert.Single(Extract.Facts<LogEntry>(log));

        Assert.Equal("WARNING", entry.Level);
        Assert.Equal("first part\nsecond part", entry.Message);
    }

    [Theory]
    [InlineData("2024-09-26 10:15 we saw the error")]
    [InlineData("2024-09-26 10:15:02 the interface failed")]
    public void Extract_DateWithoutLevel_GivesNoRecord(string text)
    {
        Assert.Empty(Extract.Facts<LogEntry>(text));
    }

    [Fact]
    public void Extract_ImpossibleDateWithALevel_GivesTheRecordWithoutATime()
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>("2024-13-45 10:15:02 ERROR a.B - month 13"));

        Assert.Equal((null, "ERROR", "month 13"), (entry.Time, entry.Level, entry.Message));
    }

    [Fact]
    public void Extract_SecretInMessage_IsRedacted()
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>(
            "2024-09-26 10:15:02.123 DEBUG a.B - token request clientsecret=Sup3rS3cret! Authorization: Basic dXNlcjpwYXNz"));

        Assert.DoesNotContain("Sup3rS3cret!", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dXNlcjpwYXNz", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sup3rS3cret!", entry.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LevelWordsInsideMessages_DoNotStartRecords()
    {
        const string log = "2024-09-26 10:15:02.123 ERROR [exec-1] a.B - first error, see below\n"
            + "ERROR details: the error repeats\n"
            + "  info: INFO WARN DEBUG\n"
            + "2024-09-26 10:15:03.000 INFO [exec-2] a.C - second\n";

        var entries = Extract.Facts<LogEntry>(log);

        Assert.Equal(["ERROR", "INFO"], entries.Select(e => e.Level));
        Assert.Equal("first error, see below\nERROR details: the error repeats\n  info: INFO WARN DEBUG", entries[0].Message);
    }

    [Theory]
    [InlineData("Path")]
    [InlineData("All")]
    [InlineData("Info")]
    public void Extract_SapListRecordOfAnySeverity_IsFound(string severity)
    {
        var entry = Assert.Single(Extract.Facts<LogEntry>($"#2.0#2024 09 26 10:15:02:123#+0000#{severity}#com.sap.Logger#Plain##message#"));

        Assert.Equal(severity.ToUpperInvariant(), entry.Level);
        Assert.Equal("message", entry.Message);
    }

    [Fact]
    public void Extract_ManyDistinctRecords_GivesOnePerRecordInOrder()
    {
        // Each record has its own logger: none repeats another (repeats are folded, see FactAggregator's tests).
        var log = string.Concat(Enumerable.Range(0, 500).Select(i =>
            $"2024-09-26 10:{i / 60:D2}:{i % 60:D2}.000 {(i % 2 == 0 ? "ERROR" : "WARN")} [t{i}] a.B{i} - message {i}\r\n\tat x.Y.z(Y.java:{i})\r\n"));

        var entries = Extract.Facts<LogEntry>(log);

        Assert.Equal(500, entries.Count);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"message {i}\n\tat x.Y.z(Y.java:{i})"), entries.Select(e => e.Message));
        Assert.Equal(Enumerable.Range(0, 500).Select(i => (2 * i) + 1), entries.Select(e => e.Evidence.Line));
    }

    [Fact]
    public void Extract_Utf16InputDecoded_GivesSameEntriesAsUtf8()
    {
        const string log = "2024-09-26 10:15:02.123 ERROR [exec-1] com.sap.Logger - HTTP response '401: Unauthorized'\r\n";
        var bytes = System.Text.Encoding.Unicode.GetBytes(log);

        var entries = Extract.Facts<LogEntry>(RulesEngine.Core.Extraction.TextDecoder.Decode(bytes));

        Assert.Equal(Extract.Facts<LogEntry>(log), entries);
    }
}
