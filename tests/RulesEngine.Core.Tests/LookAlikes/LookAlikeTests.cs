using System.Text.Json;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Rules;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.LookAlikes;

/// <summary><c>yields-to</c>: a cause declares, in its own file, the look-alikes it is confused with. A look-alike found
/// with a stronger status hides it; at the same status both are shown, the look-alike first, with the question that
/// separates them; a weaker look-alike changes nothing. The look-alike's file is not touched.</summary>
public sealed class LookAlikeTests
{
    // The specific cause knows nothing of the generic one; the generic one yields to it.
    private const string Specific = """
        rules:
          - id: specific
            article: specific
            when:
              - http-error: { status: 401 }
            confirm:
              - log-entry: { message: { contains: "certificate is not configured" } }
        """;

    private const string Generic = """
        rules:
          - id: generic
            article: generic
            when:
              - http-error: { status: 401 }
            confirm:
              - log-entry: { message: { contains: "credentials rejected" } }
            yields-to:
              - article: specific
                ask: Does the trace log say the certificate is not configured in a service key?
        """;

    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Diagnose_LookAlikeConfirmedGenericSuspected_GenericIsHidden()
    {
        var (kb, diagnosis) = Diagnose("HTTP 401 Unauthorized\n2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - the client certificate is not configured in a service key\n");

        var finding = Assert.Single(diagnosis.Findings);
        Assert.Equal(("specific", FindingStatus.Confirmed), (finding.Finding.Article, finding.Finding.Status));
        using var json = JsonDocument.Parse(DiagnosisJson.Serialize(diagnosis, kb));
        var yielded = Assert.Single(json.RootElement.GetProperty("yielded").EnumerateArray());
        Assert.Equal(("generic", "generic", "suspected", "specific"),
            (yielded.GetProperty("article").GetString(), yielded.GetProperty("rule").GetString(), yielded.GetProperty("status").GetString(), yielded.GetProperty("to").GetString()));
        Assert.Contains("Also suspected, and hidden by the stronger look-alike specific: generic (rule generic).", DiagnosisText.Write(diagnosis, markdown: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_BothSuspected_BothShownLookAlikeFirstWithTheSeparatingQuestion()
    {
        var (_, diagnosis) = Diagnose("HTTP 401 Unauthorized\n");

        Assert.Equal(["specific", "generic"], diagnosis.Findings.Select(f => f.Finding.Article));
        Assert.Contains("Does the trace log say the certificate is not configured in a service key?", diagnosis.Questions);
    }

    [Fact]
    public void Diagnose_GenericConfirmedLookAlikeSuspected_GenericFirstBothShown()
    {
        var (_, diagnosis) = Diagnose("HTTP 401 Unauthorized\n2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - credentials rejected\n");

        Assert.Equal([("generic", FindingStatus.Confirmed), ("specific", FindingStatus.Suspected)], diagnosis.Findings.Select(f => (f.Finding.Article, f.Finding.Status)));
        Assert.DoesNotContain("Does the trace log say the certificate is not configured in a service key?", diagnosis.Questions);
    }

    [Theory]
    [InlineData(false, new[] { "specific", "generic" })]
    [InlineData(true, new[] { "specific" })]
    public void Diagnose_BothConfirmed_ShownTogetherUnlessExclusive(bool exclusive, string[] shown)
    {
        var generic = Generic.Replace("ask: Does the trace log", exclusive ? "exclusive: true\n        ask: Does the trace log" : "ask: Does the trace log", StringComparison.Ordinal);

        var (_, diagnosis) = Diagnose(
            "HTTP 401 Unauthorized\n2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - credentials rejected\n2026-11-28 10:15:03.000 ERROR [exec-1] com.sap.Auth - the client certificate is not configured in a service key\n",
            generic);

        Assert.Equal(shown, diagnosis.Findings.Select(f => f.Finding.Article));
        Assert.All(diagnosis.Findings, f => Assert.Equal(FindingStatus.Confirmed, f.Finding.Status));
    }

    [Fact]
    public void Diagnose_WithoutTheDeclaration_BothShownAsBefore()
    {
        var (_, diagnosis) = Diagnose(
            "HTTP 401 Unauthorized\n2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - the client certificate is not configured in a service key\n",
            Generic[..Generic.IndexOf("    yields-to:", StringComparison.Ordinal)]);

        Assert.Equal(["specific", "generic"], diagnosis.Findings.Select(f => f.Finding.Article));
    }

    [Theory]
    [InlineData("    yields-to: [specifc]\n", 9, 17, DiagnosticCode.UnknownArticle, "yields-to names article 'specifc', which does not exist. Did you mean 'specific'?")]
    [InlineData("    yields-to: [generic]\n", 9, 17, DiagnosticCode.InvalidValue, "article 'generic' cannot yield to itself")]
    [InlineData("    yields-to: specific\n", 9, 16, DiagnosticCode.UnexpectedNode, "'yields-to' (a list of article ids, or of { article, ask })")]
    [InlineData("    yields-to:\n      - { article: specific, question: why }\n", 10, 30, DiagnosticCode.UnknownKey, "unknown key 'question' in a 'yields-to' item")]
    [InlineData("    yields-to:\n      - { article: specific, exclusive: yes }\n", 10, 41, DiagnosticCode.InvalidValue, "'exclusive' is true or false")]
    public void Validate_BadYieldsTo_ErrorAtItsPosition(string yields, int line, int column, DiagnosticCode code, string message)
    {
        var rules = "rules:\n  - id: generic\n    article: generic\n    when:\n      - http-error: { status: 401 }\n    confirm:\n      - log-entry: { level: ERROR }\n    ask: Which?\n" + yields;

        var error = Assert.Single(RuleHarness.Diagnose(rules, "generic", "specific"), d => d.IsError);

        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExclusiveYieldsToCycle_OneErrorNamingTheCircle()
    {
        var rules = """
            rules:
              - id: a
                article: a
                when: [ { http-error: { status: 401 } } ]
                yields-to: [ { article: b, exclusive: true } ]
              - id: b
                article: b
                when: [ { http-error: { status: 403 } } ]
                yields-to: [ { article: c, exclusive: true } ]
              - id: c
                article: c
                when: [ { http-error: { status: 404 } } ]
                yields-to: [ { article: a, exclusive: true } ]
            """;

        var error = Assert.Single(RuleHarness.Diagnose(rules, "a", "b", "c"));

        Assert.Equal((DiagnosticCode.YieldCycle, 5, 29), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("exclusive yields-to cycle: a → b → c → a", error.Message, StringComparison.Ordinal);
    }

    // Twins (the SuccessFactors token endpoint's two answers) yield to each other: whichever is confirmed hides the
    // other's suspicion, and both show when they are equal. A plain circle cannot hide them all, so it is no error.
    private const string Twins = """
        rules:
          - id: twin-a
            article: a
            when:
              - http-error: { status: 401 }
            confirm:
              - log-entry: { message: { contains: "signature" } }
            yields-to:
              - article: b
                ask: Does the answer name the signature or the user?
          - id: twin-b
            article: b
            when:
              - http-error: { status: 401 }
            confirm:
              - log-entry: { message: { contains: "invalid user" } }
            yields-to:
              - article: a
                ask: Does the answer name the signature or the user?
        """;

    [Theory]
    [InlineData("", new[] { "a:Suspected", "b:Suspected" })]
    [InlineData("2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - Unable to verify the signature\n", new[] { "a:Confirmed" })]
    [InlineData("2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - Login failed - invalid user\n", new[] { "b:Confirmed" })]
    public void Diagnose_TwinsYieldingToEachOther_TheConfirmedOneHidesTheOther(string line, string[] shown)
    {
        using var folder = new TempFolder();
        folder.Write("rules/twins.yaml", Twins);
        folder.WriteArticle("a");
        folder.WriteArticle("b");

        var loaded = folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);

        var diagnosis = loaded.KnowledgeBase.Diagnose([new TicketInput("ticket.txt", "HTTP 401 Unauthorized\n" + line)], new DiagnoseOptions(Now));

        Assert.Equal(shown, diagnosis.Findings.Select(f => $"{f.Finding.Article}:{f.Finding.Status}"));
    }

    [Fact]
    public void Validate_YieldsToOnAnInferRule_Error()
    {
        var rules = "rules:\n  - id: i\n    when:\n      - http-error: { status: 401 }\n    infer: { fact: x, set: { a: 1 } }\n    yields-to: [specific]\n";

        var error = Assert.Single(RuleHarness.Diagnose(rules, "specific"));

        Assert.Equal((DiagnosticCode.InvalidConclusion, 6, 16), (error.Code, error.Span.Line, error.Span.Column));
    }

    private static (KnowledgeBase KnowledgeBase, Diagnosis Diagnosis) Diagnose(string ticket, string generic = Generic)
    {
        using var folder = new TempFolder();
        folder.Write("rules/specific.yaml", Specific);
        folder.Write("rules/generic.yaml", generic);
        folder.WriteArticle("specific");
        folder.WriteArticle("generic");

        var loaded = folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        return (loaded.KnowledgeBase, loaded.KnowledgeBase.Diagnose([new TicketInput("ticket.txt", ticket)], new DiagnoseOptions(Now)));
    }
}
