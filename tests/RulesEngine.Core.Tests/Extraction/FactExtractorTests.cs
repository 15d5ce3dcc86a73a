using System.Text;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction;

public sealed class FactExtractorTests
{
    [Fact]
    public void Extract_SeedTicket_GivesFactsOfEveryKindInPositionOrder()
    {
        var client = TestCertificates.Create("wfs-client");
        var ticket = "We use Packaged Integration - SF EC to WFS.\n"
            + "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.it.security.Logger - HTTP response '401: Unauthorized' "
            + "when communicating with https://tenant.example.com/http/wfs. Client certificate:\n"
            + client.Base64 + "\n";

        var facts = Extract.All(ticket);

        Assert.Collection(
            facts,
            f => Assert.IsType<PackageMention>(f),
            f => Assert.IsType<LogEntry>(f),
            f => Assert.Equal("tenant.example.com", Assert.IsType<HttpError>(f).Host),
            f => Assert.Equal(client.Sha256, Assert.IsType<Certificate>(f).Sha256));
    }

    [Fact]
    public void Extract_SeveralInputs_KeepsInputOrder()
    {
        TicketInput[] inputs = [new("b.txt", "HTTP 500"), new("a.txt", "HTTP 401")];

        var facts = new FactExtractor(Extract.SeedCatalog).Extract(inputs);

        Assert.Equal(["b.txt", "a.txt"], facts.Select(f => f.Evidence.Input));
    }

    [Fact]
    public void Extract_SameInputTwice_GivesEachFactOnce()
    {
        TicketInput[] inputs = [new("t.txt", "HTTP 401"), new("t.txt", "HTTP 401")];

        var facts = new FactExtractor(Extract.SeedCatalog).Extract(inputs);

        Assert.Single(facts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n  ")]
    [InlineData("\0\0\0\0\0\0\0\0\0\0HTTP 401\0\0\0\0\0\0\0\0\0\0\u0001\u0002\u0003")]
    public void Extract_EmptyOrBinaryInput_GivesNothing(string content)
    {
        Assert.Empty(Extract.All(content));
    }

    [Fact]
    public void Extract_RandomBinaryBytesDecodedAsText_GivesNothing()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);

        Assert.Empty(Extract.All(Encoding.UTF8.GetString(bytes)));
    }

    [Fact]
    public void Extract_RandomFragments_NeverThrows()
    {
        string[] fragments =
        [
            "HTTP ", "401", ": Unauthorized", "'", "\"", "communicating with ", "https://", "-----BEGIN CERTIFICATE-----",
            "-----END CERTIFICATE-----", "-----BEGIN PRIVATE KEY-----", "Client certificate:", "MIIB", "\\n", "\n", "\r\n",
            "#2.0#2024 09 26 10:15:02:123#", "#", "2024-09-26 10:15:02.123 ", "ERROR ", "[", "]", " - ", "{\"certificate\": \"",
            "}", "password=", "Bearer ", "Packaged Integration", " \u2013 SF EC to WFS", "\uD800", "=", "status code ",
        ];
        var random = new Random(7);
        for (var run = 0; run < 500; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => fragments[random.Next(fragments.Length)]));

            var exception = Record.Exception(() => Extract.All(text));

            Assert.Null(exception);
        }
    }

    [Fact]
    public void Extract_TwentyMegabyteLog_DoesNotThrow()
    {
        var client = TestCertificates.Create("wfs-client");
        var record = "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.it.security.Logger - HTTP response '401: Unauthorized' "
            + "when communicating with https://tenant.example.com/http/wfs. Client certificate:\n"
            + client.Base64 + "\n\tat org.apache.cxf.Foo.bar(Foo.java:12)\n";
        var log = new StringBuilder(21 * 1024 * 1024);
        while (log.Length < 20 * 1024 * 1024)
        {
            log.Append(record);
        }

        var facts = Extract.All(log.ToString(), "huge.log");

        Assert.NotEmpty(facts.OfType<LogEntry>());
    }

    [Fact]
    public void Extract_PlantedSecrets_NeverAppearInAnyFact()
    {
        var client = TestCertificates.Create("wfs-client");
        const string secret = "Zx9-planted-client-secret-Qw7";
        const string basic = "cGxhbnRlZDpiYXNpYw==";
        var keyLines = client.PrivateKeyPem.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..^1];
        var serviceKey = "{\"oauth\": {\"clientid\": \"sb-1\", \"clientsecret\": \"" + secret + "\", "
            + "\"certificate\": \"" + client.JsonEscaped + "\", "
            + "\"key\": \"" + client.PrivateKeyPem.Replace("\n", "\\n", StringComparison.Ordinal) + "\"}}";
        var log = "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.Logger - HTTP 401 Unauthorized with Authorization: Basic " + basic
            + " and clientsecret=" + secret + "\n" + client.PrivateKeyPem
            + "2024-09-26 10:15:03.000 ERROR [exec-7] com.sap.Logger - status code 401 password: " + secret + "\n";
        TicketInput[] inputs = [new("key.json", serviceKey), new("trace.log", log), new("ticket.txt", "HTTP 401, key " + client.PrivateKeyPem)];

        var facts = new FactExtractor(Extract.SeedCatalog).Extract(inputs);

        Assert.Contains(facts, f => f is Certificate);
        Assert.Contains(facts, f => f is LogEntry);
        Assert.Contains(facts, f => f is HttpError);
        foreach (var fact in facts)
        {
            var printed = fact.ToString();
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
            Assert.DoesNotContain(basic, printed, StringComparison.Ordinal);
            Assert.All(keyLines, line => Assert.DoesNotContain(line, printed, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Extract_DifferentNamesSameText_KeepsFactsOfEach()
    {
        TicketInput[] inputs = [new("a.txt", "HTTP 401"), new("b.txt", "HTTP 401"), new("a.txt", "HTTP 401")];

        var facts = new FactExtractor(Extract.SeedCatalog).Extract(inputs);

        Assert.Equal(["a.txt", "b.txt"], facts.Select(f => f.Evidence.Input));
    }

    [Fact]
    public void Extract_TicketOfEveryShape_GivesFactsOfEveryKind()
    {
        const string ticket = "Packaged Integration - SF EC to WFS fails since Monday.\n"
            + "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.Logger - org.apache.cxf.interceptor.Fault: Could not send Message., cause: "
            + "org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with "
            + "https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs\n"
            + "{\"error\":{\"code\":\"COE_GENERAL_FORBIDDEN\",\"message\":{\"lang\":\"en-US\",\"value\":\"[COE0020]No permission!\"}}}\n";

        var kinds = Extract.All(ticket).Select(f => f.GetType().Name).Distinct().Order();

        Assert.Equal(["ErrorCode", "ExceptionMention", "HttpError", "LogEntry", "PackageMention"], kinds);
    }

    [Fact]
    public void Extract_InputOverAMegabyte_FoldsEveryBlocksFactsIntoTheFirstBlocks()
    {
        // Arrange: a block with facts of several kinds, repeated past the size at which extractors run side by side.
        const string block = "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.Logger - org.apache.cxf.interceptor.Fault: Could not send Message., "
            + "cause: org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with https://x.example.com\n"
            + "{\"error\":\"invalid_client\",\"error_description\":\"bad\"} in Packaged Integration - SF EC to WFS\n\n";
        var one = Extract.All(block).Select(f => f.GetType().Name).ToList();
        var blocks = (2 * 1024 * 1024 / block.Length) + 1;

        // Act
        var facts = Extract.All(string.Concat(Enumerable.Repeat(block, blocks)));

        // Assert
        // Assert: the first block's facts, in position order, each counting every block and last seen in the last one.
        Assert.Equal(one, facts.Select(f => f.GetType().Name));
        Assert.All(facts, f => Assert.Equal(blocks, f.Count));
        Assert.All(facts, f => Assert.Equal((blocks - 1) * 3, f.Seen.Last!.Line - f.Evidence.Line));
        Assert.Equal(facts.Select(f => (f.Evidence.Line, f.Evidence.Column)).Order(), facts.Select(f => (f.Evidence.Line, f.Evidence.Column)));
    }
}
