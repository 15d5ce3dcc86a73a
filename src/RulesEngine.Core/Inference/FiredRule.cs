using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Translation;

namespace RulesEngine.Core.Inference;

/// <summary>One firing of a rule in a diagnosis, in firing order: which rule (and which variant: the confirming one
/// of a rule with <c>confirm</c>), and the facts it matched.</summary>
/// <param name="Rule">What the NRules rule was translated from.</param>
/// <param name="Facts">The matched facts, by binding.</param>
public sealed record FiredRule(CompiledRuleInfo Rule, IReadOnlyList<MatchedFact> Facts)
{
    /// <summary>For an infer rule, the fact this firing inferred (before equal facts were merged).</summary>
    internal InferredFact? Inferred { get; init; }

    /// <summary>The YAML rule id.</summary>
    public string RuleId => Rule.Rule.Id.Value;
}
