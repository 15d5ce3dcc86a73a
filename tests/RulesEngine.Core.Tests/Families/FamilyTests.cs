using System.Text.Json;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Testing;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Families;

/// <summary><c>families:</c>: when a ticket shows a family's symptom and no rule fits fully, the family's causes are
/// guessed (suspected, low confidence, no resolution) with the questions that tell them apart; a rule's own finding
/// always wins; rule tests judge guesses only through <c>family:</c> and <c>no-findings</c>.</summary>
public sealed class FamilyTests
{
    private const string Rules = """
        rules:
          - id: a-rule
            article: a
            when:
              - http-error: { status: 401 }
              - log-entry: { message: { contains: "the cause of a" } }
            status: confirmed
        families:
          - id: auth-401
            title: A 401 no rule explains
            when:
              - http-error: { status: 401 }
            articles: [a, b]
            ask: [Which system answered the 401?]
        """;

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Diagnose_SymptomAndNoRuleFits_GuessesTheFamilyWithItsQuestionsAndNoResolution()
    {
        using var folder = Folder(Rules);
        var kb = Load(folder);

        var diagnosis = kb.Diagnose([new TicketInput("ticket.txt", "HTTP 401 Unauthorized\n")], new DiagnoseOptions(Now));

        Assert.Equal([("a", "auth-401--a"), ("b", "auth-401--b")], diagnosis.Findings.Select(f => (f.Finding.Article, f.Finding.RuleId)).Order());
        Assert.All(diagnosis.Findings, f => Assert.Equal(("auth-401", FindingStatus.Suspected, 0.2, (string?)null), (f.Finding.Family, f.Finding.Status, f.Finding.Confidence, f.Resolution)));
        Assert.Equal(["Which system answered the 401?"], diagnosis.Questions);
        using var json = JsonDocument.Parse(DiagnosisJson.Serialize(diagnosis, kb));
        var first = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(("auth-401", JsonValueKind.Null), (first.GetProperty("family").GetString(), first.GetProperty("resolution").ValueKind));
        Assert.Contains("Family: auth-401. No rule fits this ticket fully", DiagnosisText.Write(diagnosis, markdown: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_ARuleFits_OnlyTheRulesFindingIsShown()
    {
        using var folder = Folder(Rules);
        var kb = Load(folder);

        var diagnosis = kb.Diagnose(
            [new TicketInput("ticket.txt", "HTTP 401 Unauthorized\n2026-12-04 08:00:00.000 ERROR [exec-1] com.sap.X - the cause of a\n")],
            new DiagnoseOptions(Now));

        var finding = Assert.Single(diagnosis.Findings);
        Assert.Equal(("a", "a-rule", (string?)null), (finding.Finding.Article, finding.Finding.RuleId, finding.Finding.Family));
        Assert.NotNull(finding.Resolution);
    }

    [Fact]
    public void Diagnose_NoSymptom_NoGuess()
    {
        using var folder = Folder(Rules);

        var diagnosis = Load(folder).Diagnose([new TicketInput("ticket.txt", "HTTP 404 Not Found\n")], new DiagnoseOptions(Now));

        Assert.Empty(diagnosis.Findings);
    }

    [Theory]
    [InlineData("articles: [a, b]\n    ask: []", 2, 5)]                          // no question
    [InlineData("articles: [a]\n    ask: [Q?]", 5, 15)]                          // a single article
    [InlineData("articles: [a, a, b]\n    ask: [Q?]", 5, 19)]                    // a duplicate article
    [InlineData("articles: [a, b]\n    ask: [Q?]\n    confidence: 0.5", 7, 17)] // a guess claiming too much
    [InlineData("ask: [Q?]", 2, 5)]                                              // no articles
    public void Load_FamilyWrittenWrong_InvalidFamilyAtItsPlace(string tail, int line, int column)
    {
        using var folder = Folder($"""
            families:
              - id: auth-401
                when:
                  - http-error: {"{"} status: 401 {"}"}
                {tail}
            """);

        var error = Assert.Single(folder.LoadKnowledgeBase().Diagnostics, d => d.IsError);

        Assert.Equal((DiagnosticCode.InvalidFamily, "families.yaml", line, column), (error.Code, Path.GetFileName(error.Span.Path), error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Load_FamilyNamesAnUnknownArticle_UnknownArticleAtTheId()
    {
        using var folder = Folder("""
            families:
              - id: auth-401
                when:
                  - http-error: { status: 401 }
                articles: [a, c]
                ask: [Q?]
            """);

        var error = Assert.Single(folder.LoadKnowledgeBase().Diagnostics, d => d.IsError);

        Assert.Equal((DiagnosticCode.UnknownArticle, 5, 19), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("family: auth-401", true)]
    [InlineData("absent: [a, b]", true)]          // a guess is not a cause's conclusion
    [InlineData("no-findings: true", false)]      // but it is a finding
    [InlineData("family: other-401", false)]      // a family the knowledge base does not have
    [InlineData("expect:\n      - { article: a }", false)] // a guess does not satisfy an expected finding
    public void RuleTest_GuessesOfTheFamily_JudgedByFamilyAndNoFindings(string check, bool passes)
    {
        using var folder = Folder(Rules);
        var report = RunCase(folder, "HTTP 401 Unauthorized", check);

        Assert.Equal(passes, report.Results.Single().Passed);
    }

    [Fact]
    public void RuleTest_FamilyExpectedButARuleFits_Fails()
    {
        using var folder = Folder(Rules);
        var report = RunCase(folder, "HTTP 401 Unauthorized\n2026-12-04 08:00:00.000 ERROR [exec-1] com.sap.X - the cause of a", "family: auth-401");

        var failure = Assert.Single(report.Results.Single().Failures);
        Assert.Contains("expected the guesses of family auth-401 as the only findings", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_AFamilyRuleIsCoveredOnlyByAFamilyCaseAndANoFindingsCase()
    {
        using var folder = Folder(Rules);
        var kb = Load(folder);
        var onlyAbsent = RunCases(folder, kb, ("HTTP 401 Unauthorized", "absent: [a, b]"), ("HTTP 404 Not Found", "absent: [a, b]"));
        var both = RunCases(folder, kb, ("HTTP 401 Unauthorized", "family: auth-401"), ("HTTP 404 Not Found", "no-findings: true"));

        Assert.Contains(onlyAbsent.Uncovered, u => u.Rule.Id.Value == "auth-401--a");
        Assert.DoesNotContain(both.Uncovered, u => u.Rule.Id.Value.StartsWith("auth-401--", StringComparison.Ordinal));
    }

    private static TempFolder Folder(string rules)
    {
        var folder = new TempFolder();
        folder.Write("rules/families.yaml", rules);
        folder.WriteArticle("a");
        folder.WriteArticle("b");
        return folder;
    }

    private static KnowledgeBase Load(TempFolder folder)
    {
        var loaded = folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.KnowledgeBase;
    }

    private static RuleTestReport RunCase(TempFolder folder, string ticket, string check) => RunCases(folder, Load(folder), (ticket, check));

    private static RuleTestReport RunCases(TempFolder folder, KnowledgeBase kb, params (string Ticket, string Check)[] cases)
    {
        var yaml = "cases:\n" + string.Concat(cases.Select((c, i) => $"""
              - name: case {i}
                inputs:
                  - name: ticket.txt
                    text: |
                      {c.Ticket.Replace("\n", "\n          ", StringComparison.Ordinal)}
                {c.Check}

            """));
        var bag = new DiagnosticBag();
        var file = RuleTestReader.Read(folder.Write("rules/families.tests.yaml", yaml), yaml, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return RuleTestRunner.Run(kb, [file]);
    }
}
