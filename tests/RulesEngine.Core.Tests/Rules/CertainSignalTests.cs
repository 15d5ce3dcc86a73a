using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>A signal declared <c>certain: true</c> stands for what the ticket states: a hedged mention ("not sure
/// whether", "I think", a question) is not the signal, a stated one is, and a signal without the key reads both.</summary>
public sealed class CertainSignalTests
{
    private const string Rules = """
        signals:
          - name: header-stated
            keywords: ["X-CLIENT-CERT"]
            certain: true
          - name: header-value-stated
            keywords: ["X-CLIENT-CERT"]
            regex: 'X-CLIENT-CERT:[ \t]*(?<value>\w+)'
            certain: true
          - name: header-mentioned
            keywords: ["X-CLIENT-CERT"]
        rules:
          - id: r1
            article: a1
            when:
              - signal: { name: header-mentioned }
        """;

    private const string Article = """
        ---
        id: a1
        title: t
        product: p
        component: c
        source: https://example.com/a1
        ---
        ok
        """;

    [Theory]
    [InlineData("We are not sure whether the X-CLIENT-CERT header is set.")]
    [InlineData("I think we send X-CLIENT-CERT: MIIB0DCC with the call.")]
    [InlineData("Do we have to send X-CLIENT-CERT: MIIB0DCC?")]
    public void Diagnose_HedgedMention_OnlyTheUncertainSignal(string line)
    {
        var names = SignalNames("Hello,\n" + line + "\n");

        Assert.Equal(["header-mentioned"], names);
    }

    [Fact]
    public void Diagnose_StatedMention_EverySignal()
    {
        var names = SignalNames("Hello,\nThe request sends X-CLIENT-CERT: MIIB0DCC and gets 401.\n");

        Assert.Equal(["header-mentioned", "header-stated", "header-value-stated"], names);
    }

    [Fact]
    public void Diagnose_HedgedThenStatedOnOneLine_TheStatedSentenceCounts()
    {
        var names = SignalNames("Maybe X-CLIENT-CERT is the cause. We send X-CLIENT-CERT: MIIB0DCC every time.\n");

        Assert.Equal(["header-mentioned", "header-stated", "header-value-stated"], names);
    }

    [Fact]
    public void Validate_CertainNotABoolean_ReportedAtTheValue()
    {
        const string yaml = "signals:\n  - name: a-b\n    keywords: [abc]\n    certain: \"yes\"\n";

        var diagnostic = Assert.Single(RuleHarness.Diagnose(yaml, "a1"), d => d.Code == DiagnosticCode.InvalidValue);

        Assert.Equal((4, 14), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("'certain' is true or false", diagnostic.Message, StringComparison.Ordinal);
    }

    private static List<string> SignalNames(string ticket)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rules);
        folder.Write("kb/articles/a1.md", Article);
        var knowledgeBase = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb")).KnowledgeBase!;

        var diagnosis = knowledgeBase.Diagnose([new TicketInput("t.txt", ticket)]);

        return [.. diagnosis.Facts.OfType<Facts.Signal>().Select(s => s.Name).Distinct().Order(StringComparer.Ordinal)];
    }
}
