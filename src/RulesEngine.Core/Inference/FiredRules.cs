using NRules.Diagnostics;
using RulesEngine.Core.Rules.Translation;

namespace RulesEngine.Core.Inference;

/// <summary>Turns NRules' rule-fired events into <see cref="FiredRule"/> records (explanations come from engine events,
/// not from logging in actions).</summary>
internal static class FiredRules
{
    public static FiredRule From(AgendaEventArgs e)
    {
        var info = (CompiledRuleInfo)e.Rule.Properties[CompiledRuleInfo.PropertyName]!;
        return new FiredRule(info, MatchedFact.From(e.Facts));
    }
}
