using RulesEngine.Core.Inference;
using RulesEngine.Core.Inference.Explain;

namespace RulesEngine.Core.Testing;

/// <summary>The outcome of one test case: what failed (empty when it passed) and the diagnosis it was checked against.</summary>
/// <param name="Diagnosis">The diagnosis; null when the ticket could not be diagnosed (the failure says why).</param>
/// <param name="Explanation">For a failed case, the explain trace of its ticket (why rules did or did not fire).</param>
public sealed record RuleTestResult(RuleTestFile File, RuleTestCase Case, IReadOnlyList<string> Failures, Diagnosis? Diagnosis, Explanation? Explanation = null)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
