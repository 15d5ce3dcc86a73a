using NRules.Diagnostics;
using RulesEngine.Core.Rules.Translation;

namespace RulesEngine.Core.Inference;

/// <summary>Turns NRules' rule-fired events into <see cref="FiredRule"/> records (explanations come from engine events,
/// not from logging in actions).</summary>
internal static class FiredRules
{
    /// <summary>The firing of a YAML rule; null for the engine's own rules (<see cref="InferenceMerge"/>).</summary>
    public static FiredRule? From(AgendaEventArgs e)
    {
        if (!e.Rule.Properties.TryGetProperty(CompiledRuleInfo.PropertyName, out var property) || property.Value is not CompiledRuleInfo info)
        {
            return null;
        }

        var matched = MatchedFact.From(e.Facts);
        var inferred = info.Rule.Conclusion is Rules.Model.InferConclusion ? RuleActions.Inferred(info, matched) : null;
        return new FiredRule(info, MatchedFact.Bounded(matched, Finding.MaxFactsPerBinding, out _, out _)) { Inferred = inferred };
    }
}
