using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Questions;

/// <summary>The <c>answer</c> conditions of a rule, with the question ids and values their field tests name.</summary>
internal static class AnswerConditions
{
    /// <summary>The kind name of answer facts.</summary>
    public const string Kind = "answer";

    /// <summary>One <c>answer</c> pattern: the question ids and the values it compares with (each with its span).</summary>
    public sealed record Named(FactCondition Condition, IReadOnlyList<ScalarOperand> Questions, IReadOnlyList<ScalarOperand> Values);

    /// <summary>Every <c>answer</c> pattern of <paramref name="rule"/>, in <c>when</c>, <c>confirm</c> and their groups and negations.</summary>
    public static IEnumerable<Named> Of(RuleNode rule) =>
        rule.When.Concat(rule.Confirm).SelectMany(ConditionPatterns.Of).Where(c => c.Kind.Value == Kind).Select(Of);

    /// <summary>The question ids and values one <c>answer</c> pattern names.</summary>
    public static Named Of(FactCondition condition) =>
        new(condition, [.. Operands(condition.Test, "question")], [.. Operands(condition.Test, "value")]);

    // Equality names whole values; 'contains' or 'matches' name parts of one, which no option list can check.
    private static bool Names(FieldComparison comparison, string field) =>
        comparison.Field.Value == field && comparison.Operator.Value is "equals" or "not-equals" or "one-of";

    // The literals a field is compared with (equals, not-equals, one-of), anywhere in the test.
    private static IEnumerable<ScalarOperand> Operands(FieldTest test, string field) => test switch
    {
        FieldComparison { Operand: ScalarOperand scalar } comparison when Names(comparison, field) => [scalar],
        FieldComparison { Operand: ListOperand list } comparison when Names(comparison, field) => list.Items,
        FieldTestGroup group => group.Items.SelectMany(i => Operands(i, field)),
        FieldTestNot not => Operands(not.Inner, field),
        _ => [],
    };
}
