using RulesEngine.Core.Inference;

namespace RulesEngine.Core.Testing;

/// <summary>The outcome of one test case: what failed (empty when it passed) and the diagnosis it was checked against.</summary>
/// <param name="Diagnosis">The diagnosis; null when the ticket could not be diagnosed (the failure says why).</param>
public sealed record RuleTestResult(RuleTestFile File, RuleTestCase Case, IReadOnlyList<string> Failures, Diagnosis? Diagnosis)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
