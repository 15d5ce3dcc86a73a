using NRules.Diagnostics;
using RulesEngine.Core.Rules.Translation;

namespace RulesEngine.Core.Inference;

/// <summary>Turns NRules' rule-fired events into <see cref="FiredRule"/> records (explanations come from engine events,
/// not from logging in actions).</summary>
internal static class FiredRules
{
    /// <summary>The firing of a YAML rule; null for the engine's own rules (<see cref="InferenceMerge"/>).</summary>
    public static FiredRule? From(AgendaEventArgs e) =>
        e.Rule.Properties.TryGetProperty(CompiledRuleInfo.PropertyName, out var property) && property.Value is CompiledRuleInfo info ? new FiredRule(info, MatchedFact.Bounded(MatchedFact.From(e.Facts), Finding.MaxFactsPerBinding, out _, out _)) : null;
}
