namespace RulesEngine.Core.Testing;

/// <summary>The outcome of a test run: every case's result (in file and case order) and rule coverage.</summary>
/// <param name="Results">One result per case.</param>
/// <param name="Uncovered">The rules the passing cases do not cover, in knowledge-base order, with what is missing.</param>
/// <param name="RuleCount">How many rules the knowledge base has.</param>
public sealed record RuleTestReport(IReadOnlyList<RuleTestResult> Results, IReadOnlyList<UncoveredRule> Uncovered, int RuleCount)
{
    public int Passed => Results.Count(r => r.Passed);

    public int Failed => Results.Count - Passed;

    /// <summary>The share of rules covered: asserted present and absent by passing cases, 0..1 (1 when there are no rules).</summary>
    public double Coverage => RuleCount == 0 ? 1 : (RuleCount - Uncovered.Count) / (double)RuleCount;

    /// <summary>How many look-alike pairs (a cause and an article it yields to) the rules declare.</summary>
    public int LookAlikePairs { get; init; }

    /// <summary>The declared look-alike pairs no passing case tests together (<see cref="LookAlikeCoverage"/>).</summary>
    public IReadOnlyList<UntestedLookAlike> UntestedLookAlikes { get; init; } = [];

    /// <summary>The share of look-alike pairs tested together, 0..1 (1 when none is declared).</summary>
    public double LookAlikeCoverage => LookAlikePairs == 0 ? 1 : (LookAlikePairs - UntestedLookAlikes.Count) / (double)LookAlikePairs;
}
