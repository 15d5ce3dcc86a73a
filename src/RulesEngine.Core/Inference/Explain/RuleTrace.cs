using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Inference.Explain;

/// <summary>One rule's part in a diagnosis: its outcome, its firings, and which of its conditions held.</summary>
/// <param name="Rule">The rule as written.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="Firings">Its firings, in firing order.</param>
/// <param name="Conditions">Each top-level condition of <c>when</c> and <c>confirm</c>, held or not.</param>
public sealed record RuleTrace(RuleNode Rule, RuleOutcome Outcome, IReadOnlyList<FiredRule> Firings, IReadOnlyList<ConditionTrace> Conditions)
{
    /// <summary>The article the rule concludes, or null for infer rules.</summary>
    public string? Article => (Rule.Conclusion as FindingConclusion)?.Article.Value;
}
