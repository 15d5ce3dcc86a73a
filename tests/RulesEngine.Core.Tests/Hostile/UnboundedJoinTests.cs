using System.Text;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Rules;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Hostile;

/// <summary>A rule file is an input too: a rule joining many facts of one kind without a key (a cartesian product)
/// gets a validate warning at its position, and a diagnosis that runs it stops at the join budget instead of running
/// for minutes and taking the machine's memory. Facts that nothing refers to are existence tests, not a product.</summary>
public sealed class UnboundedJoinTests
{
    // Twelve error records, none naming another, each named by the conclusion: with 10 distinct records NRules would
    // try 10^12 combinations.
    private static readonly string TwelveWayJoin = new StringBuilder()
        .Append("rules:\n  - id: twelve-errors\n    when:\n")
        .Append(string.Concat(Enumerable.Range(1, 12).Select(i => $"      - log-entry: {{ level: ERROR }}\n        as: e{i}\n")))
        .Append("    infer:\n      fact: twelve-errors\n      set: { ")
        .Append(string.Join(", ", Enumerable.Range(1, 12).Select(i => $"c{i}: $e{i}.logger")))
        .Append(" }\n")
        .ToString();

    // The same twelve conditions, named by nobody: each matches as one collection of every error record.
    private static readonly string TwelveExistenceTests = new StringBuilder()
        .Append("rules:\n  - id: twelve-errors\n    article: a1\n    when:\n")
        .Append(string.Concat(Enumerable.Range(1, 12).Select(i => $"      - log-entry: {{ level: ERROR }}\n        as: e{i}\n")))
        .ToString();

    private static readonly string TenErrors =
        string.Concat(Enumerable.Range(0, 10).Select(i => $"2026-11-28 10:15:0{i}.000 ERROR [exec-1] com.sap.it.Component{i} - step failed\n"));

    [Fact]
    public void Validate_TwelveUnkeyedFactsOfOneKind_WarnsAtTheThird()
    {
        var diagnostics = RuleHarness.Diagnose(TwelveWayJoin, "a1");

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCode.UnboundedJoin, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal((RuleHarness.Path, 8, 9), (warning.Span.Path, warning.Span.Line, warning.Span.Column));
        Assert.StartsWith("rule 'twelve-errors' joins 12 'log-entry' facts without a key", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwelveUnkeyedFactsNobodyRefersTo_NoWarning()
    {
        Assert.Empty(RuleHarness.Diagnose(TwelveExistenceTests, "a1"));
    }

    [Fact]
    public void Diagnose_TwelveExistenceTestsOverTenRecords_OneFindingWithBoundedEvidence()
    {
        var kb = WithRule(TwelveExistenceTests.Replace("article: a1", "article: 3474524", StringComparison.Ordinal));

        var diagnosis = kb.Diagnose([new TicketInput("trace.log", TenErrors)], new DiagnoseOptions(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero)));

        var finding = Assert.Single(diagnosis.Findings, f => f.Finding.RuleId == "twelve-errors").Finding;
        Assert.Equal(12, finding.Bindings);
        Assert.All(finding.Facts.GroupBy(f => f.Binding), g => Assert.Equal(Inference.Finding.MaxFactsPerBinding, g.Count()));
        Assert.Equal(12 * (10 - Inference.Finding.MaxFactsPerBinding), finding.OmittedFacts);
        Assert.Equal(int.MaxValue, finding.Matches); // 10^12 combinations, counted up to the largest int
        Assert.Single(diagnosis.Fired, f => f.RuleId == "twelve-errors");
    }

    [Theory]
    [InlineData("      - log-entry: { level: ERROR }\n        as: a\n      - log-entry: { level: ERROR }\n        as: b\n")]
    [InlineData("      - log-entry: { level: ERROR }\n        as: a\n      - log-entry: { thread: $a.thread }\n        as: b\n      - log-entry: { thread: $b.thread }\n")]
    [InlineData("      - any-of:\n          - log-entry: { level: ERROR }\n          - log-entry: { level: WARN }\n          - log-entry: { level: INFO }\n")]
    public void Validate_TwoUnkeyedOrKeyedOrAlternatives_NoWarning(string conditions)
    {
        var diagnostics = RuleHarness.Diagnose("rules:\n  - id: r1\n    article: a1\n    when:\n" + conditions, "a1");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Diagnose_TwelveWayJoinOverTenRecords_StoppedByTheJoinBudget()
    {
        var kb = WithRule(TwelveWayJoin);

        var error = Assert.Throws<JoinBudgetExceededException>(() => kb.Diagnose(
            [new TicketInput("trace.log", TenErrors)], new DiagnoseOptions(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero))));

        Assert.Equal(Inference.JoinBudget.MaxCombinations, error.Budget);
        Assert.Contains("RE2023", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_ShippedKnowledgeBase_NoRuleJoinsUnbounded()
    {
        var loaded = KnowledgeBaseLoader.Load(RepositoryPaths.Rules, RepositoryPaths.Kb);

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == DiagnosticCode.UnboundedJoin);
    }

    private static KnowledgeBase WithRule(string yaml)
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        File.WriteAllText(Path.Combine(rules, "twelve-errors.yaml"), yaml);
        var loaded = KnowledgeBaseLoader.Load(rules, RepositoryPaths.Kb);
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.KnowledgeBase;
    }
}
