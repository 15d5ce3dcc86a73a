namespace RulesEngine.Core.Rules.Model;

/// <summary>Walks conditions down to their fact patterns.</summary>
internal static class ConditionPatterns
{
    /// <summary>Every fact pattern inside <paramref name="condition"/>: itself, or those of its groups and negations.</summary>
    public static IEnumerable<FactCondition> Of(ConditionNode condition) => condition switch
    {
        FactCondition fact => [fact],
        ConditionGroup group => group.Items.SelectMany(Of),
        AbsentCondition absent => Of(absent.Inner),
        _ => [],
    };
}
