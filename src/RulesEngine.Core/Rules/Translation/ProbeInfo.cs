using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>What an explain probe tests: one top-level condition of a rule, with the earlier conditions it joins on.</summary>
/// <param name="Rule">The rule the condition belongs to.</param>
/// <param name="Section"><c>when</c> or <c>confirm</c>.</param>
/// <param name="Index">The condition's index in its section.</param>
/// <param name="Condition">The condition.</param>
/// <param name="Prerequisites">The binding names of the <c>when</c> conditions it joins on (their facts are not its evidence).</param>
internal sealed record ProbeInfo(RuleNode Rule, string Section, int Index, ConditionNode Condition, IReadOnlySet<string> Prerequisites)
{
    /// <summary>The key of the property on the NRules probe rule.</summary>
    public const string PropertyName = "explain-probe";

    /// <summary>The NRules rule name of the probe.</summary>
    public string Name => $"probe:{Rule.Id.Value}:{Section}:{Index}";
}
