using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>What an NRules rule was translated from; attached to the rule definition as a property so
/// events and explain traces lead back to the YAML.</summary>
/// <param name="Rule">The YAML rule.</param>
/// <param name="Status">For finding rules, the status this NRules rule concludes; null for infer rules.</param>
public sealed record CompiledRuleInfo(RuleNode Rule, FindingStatus? Status)
{
    /// <summary>For infer rules, how each field of the inferred fact gets its value; empty for finding rules.</summary>
    internal IReadOnlyList<InferredValue> Values { get; init; } = [];

    /// <summary>For finding rules, the bindings of the confirming condition: the action puts their facts first.</summary>
    internal IReadOnlySet<string> Confirming { get; init; } = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>For a family's rule, the family's id; null otherwise.</summary>
    internal string? Family => (Rule.Conclusion as FindingConclusion)?.Family?.Value;

    /// <summary>For a finding rule, the article it concludes; null for infer rules.</summary>
    internal string? Article => (Rule.Conclusion as FindingConclusion)?.Article.Value;

    /// <summary>The key of the property on the NRules rule definition.</summary>
    public const string PropertyName = "yaml-rule";

    /// <summary>The NRules rule name: the rule id, plus <c>#confirmed</c> for the confirming variant.</summary>
    public string Name => Status == FindingStatus.Confirmed && Rule.Confirm.Count > 0 ? Rule.Id.Value + "#confirmed" : Rule.Id.Value;
}
