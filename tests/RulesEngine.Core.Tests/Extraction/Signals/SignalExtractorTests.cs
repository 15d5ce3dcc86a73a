using System.Text.RegularExpressions;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Extraction.Signals;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Signals;

public sealed class SignalExtractorTests
{
    [Fact]
    public void Extract_KeywordSignal_GivesTheHitLineOncePerLine()
    {
        SignalPattern[] signals = [new("multiple-clones", ["Multiple clones found", "clone certificate"], null)];
        const string text = "intro\r\n"
            + "audit: Multiple clones found for certificate; Error while mapping clone certificate\r\n"
            + "later: multiple CLONES found again\r\n";

        var facts = Signals(signals, text);

        Assert.Equal(
            [
                ("multiple-clones", "audit: Multiple clones found for certificate; Error while mapping clone certificate", 2, 8),
                ("multiple-clones", "later: multiple CLONES found again", 3, 8),
            ],
            facts.Select(f => (f.Name, f.Text, f.Evidence.Line, f.Evidence.Column)));
        Assert.All(facts, f => Assert.Empty(f.Captures));
    }

    [Fact]
    public void Extract_RegexSignal_GivesOneFactPerMatchWithNamedCapturesOnly()
    {
        var regex = new Regex(@"Subject and issuer \(subject: (?<subject>[^;]+); issuer: (?<issuer>[^)]+)\)(\.)?", RegexOptions.NonBacktracking);
        SignalPattern[] signals = [new("dn-not-accepted", ["Subject and issuer"], regex)];
        const string text = "2024-09-26 10:15:02 ERROR a.B - Subject and issuer (subject: CN=client,O=ACME; issuer: CN=CA,O=ACME) of the provided"
            + " certificate is not contained in the accepted subjectAndIssuers list of the integration flow.";

        var fact = Assert.Single(Signals(signals, text));

        Assert.Equal("Subject and issuer (subject: CN=client,O=ACME; issuer: CN=CA,O=ACME)", fact.Text);
        Assert.Equal(["issuer", "subject"], fact.Captures.Keys.Order());
        Assert.Equal("CN=client,O=ACME", fact.Get("subject"));
        Assert.Equal("CN=CA,O=ACME", fact.Get("issuer"));
        Assert.Equal(text.IndexOf("Subject and", StringComparison.Ordinal) + 1, fact.Evidence.Column);
    }

    [Fact]
    public void Extract_RegexMatchingTwiceOnALine_GivesTwoFacts()
    {
        SignalPattern[] signals = [new("client-id", ["client ID"], new Regex(@"client ID (?<id>sb-[a-z0-9-]+)", RegexOptions.NonBacktracking))];

        var facts = Signals(signals, "XSUAA could not authenticate OAuth client with client ID sb-one and client ID sb-two");

        Assert.Equal(["sb-one", "sb-two"], facts.Select(f => f.Get("id")));
    }

    [Fact]
    public void Extract_RegexNotMatchingOnTheHitLine_GivesNothingEvenIfItMatchesElsewhere()
    {
        SignalPattern[] signals = [new("locked", ["password_locked"], new Regex(@"user (?<user>\w+) locked", RegexOptions.NonBacktracking))];

        Assert.Empty(Signals(signals, "error password_locked\nuser admin locked"));
    }

    [Fact]
    public void Extract_OptionalGroupNotTaken_IsLeftOutOfCaptures()
    {
        SignalPattern[] signals = [new("s", ["failed"], new Regex(@"failed(?: for (?<user>\w+))?", RegexOptions.NonBacktracking))];

        var fact = Assert.Single(Signals(signals, "login failed"));

        Assert.Empty(fact.Captures);
        Assert.Null(fact.Get("user"));
    }

    [Fact]
    public void Extract_SecretsInTextAndCaptures_AreRedacted()
    {
        SignalPattern[] plain = [new("plain", ["token request"], null)];
        SignalPattern[] captured = [new("captured", ["token request"], new Regex(@"token request (?<rest>.+)", RegexOptions.NonBacktracking))];
        const string text = "token request clientsecret=Zx9PlantedSecret Authorization: Basic dXNlcjpwYXNzd29yZA==";

        var facts = Signals(plain, text).Concat(Signals(captured, text)).ToList();

        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.DoesNotContain("Zx9PlantedSecret", f.ToString(), StringComparison.Ordinal));
        Assert.All(facts, f => Assert.DoesNotContain("dXNlcjpwYXNzd29yZA==", f.ToString(), StringComparison.Ordinal));
        Assert.All(facts, f => Assert.DoesNotContain("Zx9PlantedSecret", f.Evidence.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SameInputTwice_GivesEachSignalFactOnce()
    {
        SignalPattern[] signals = [new("s", ["clone"], new Regex(@"(?<what>clone \w+)", RegexOptions.NonBacktracking))];
        TicketInput[] inputs = [new("t.txt", "a clone found"), new("t.txt", "a clone found")];

        var facts = new FactExtractor(Extract.SeedCatalog, signals).Extract(inputs).OfType<Signal>();

        Assert.Single(facts);
    }

    [Fact]
    public void Extract_VeryLongLine_KeepsABoundedTextAroundTheHit()
    {
        SignalPattern[] signals = [new("s", ["needle"], null)];
        var text = string.Concat(Enumerable.Repeat("hay ", 50_000)) + "needle" + string.Concat(Enumerable.Repeat(" hay", 50_000));

        var fact = Assert.Single(Signals(signals, text));

        Assert.Contains("needle", fact.Text, StringComparison.Ordinal);
        Assert.InRange(fact.Text.Length, 100, 5000);
    }

    [Fact]
    public void Extract_ThousandSignalsMatchingNothing_LeaveTheTicketsFactsUnchanged()
    {
        // Arrange: generated signals, half keyword-only and half with a regex, none of whose keywords the ticket holds.
        var signals = Enumerable.Range(0, 1000)
            .Select(i => new SignalPattern(
                $"generated-{i}",
                [$"zqx-symptom-{i:D4}", $"unseen phrase number {i}"],
                i % 2 == 0 ? null : new Regex($@"zqx-symptom-{i:D4} (?<value>\w+)", RegexOptions.NonBacktracking)))
            .ToList();
        const string ticket = "We use Packaged Integration - SF EC to WFS.\n"
            + "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.Logger - org.apache.cxf.interceptor.Fault: Could not send Message., cause: "
            + "org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with "
            + "https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs\n"
            + "{\"error\":\"invalid_client\",\"error_description\":\"Either the client certificate is not configured exactly once\"}\n";
        TicketInput[] inputs = [new("ticket.txt", ticket)];

        // Act
        var without = new FactExtractor(Extract.SeedCatalog).Extract(inputs);
        var with = new FactExtractor(Extract.SeedCatalog, signals).Extract(inputs);

        // Assert
        Assert.True(without.Count >= 6);
        Assert.Equal(without, with);
    }

    [Fact]
    public void Extract_OneOfThousandSignalsMatching_GivesOnlyItsFact()
    {
        var signals = Enumerable.Range(0, 1000)
            .Select(i => new SignalPattern($"generated-{i}", [$"zqx-symptom-{i:D4}"], null))
            .ToList();

        var facts = new FactExtractor(Extract.SeedCatalog, signals)
            .Extract([new TicketInput("t.txt", "noise\nwe saw ZQX-SYMPTOM-0777 today\n")]);

        var fact = Assert.Single(facts.OfType<Signal>());
        Assert.Equal(("generated-777", 2), (fact.Name, fact.Evidence.Line));
    }

    private static List<Signal> Signals(IReadOnlyList<SignalPattern> signals, string text) =>
        [.. new FactExtractor(Extract.SeedCatalog, signals).Extract([new TicketInput("ticket.txt", text)]).OfType<Signal>()];
}
