using System.Collections.Frozen;

namespace RulesEngine.Core.Rules.Model;

/// <summary>The bindings (<c>$name</c>) that conditions and conclusions refer to.</summary>
internal static class BindingReferences
{
    /// <summary>Every binding <paramref name="rule"/> refers to: in its conditions and in what it infers.</summary>
    public static FrozenSet<string> Of(RuleNode rule)
    {
        var inConclusion = rule.Conclusion is InferConclusion infer
            ? infer.Fields.Select(f => f.Value).OfType<ReferenceOperand>().Select(r => r.Binding)
            : [];
        return rule.When.Concat(rule.Confirm).SelectMany(Of).Concat(inConclusion).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The bindings the fact patterns inside <paramref name="condition"/> refer to.</summary>
    public static IEnumerable<string> Of(ConditionNode condition) => ConditionPatterns.Of(condition).SelectMany(p => Of(p.Test));

    /// <summary>The bindings one field test refers to.</summary>
    public static IEnumerable<string> Of(FieldTest test) => test switch
    {
        FieldComparison { Operand: ReferenceOperand reference } => [reference.Binding],
        FieldComparison { Operand: WindowOperand { Anchor: ReferenceOperand anchor } } => [anchor.Binding],
        FieldTestGroup group => group.Items.SelectMany(Of),
        FieldTestNot not => Of(not.Inner),
        _ => [],
    };
}
