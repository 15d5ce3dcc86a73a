using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>One rule as written in YAML.</summary>
/// <param name="Span">Where the rule starts.</param>
/// <param name="Id">Unique kebab-case id.</param>
/// <param name="Title">What the rule recognises, for people.</param>
/// <param name="When">All of these must hold for the rule to fire (a finding is then at least suspected).</param>
/// <param name="Confirm">Any of these, on top of <paramref name="When"/>, makes the finding confirmed. Empty: the rule has one status.</param>
/// <param name="Conclusion">What the rule concludes: a finding or an inferred fact.</param>
public sealed record RuleNode(
    SourceSpan Span,
    Located<string> Id,
    string? Title,
    IReadOnlyList<ConditionNode> When,
    IReadOnlyList<ConditionNode> Confirm,
    ConclusionNode Conclusion);
