using System.Collections.Frozen;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>The closed set of operators rule files may use, by YAML name.</summary>
internal static class OperatorCatalog
{
    private static readonly FieldType[] Comparable = [FieldType.Text, FieldType.Number, FieldType.Boolean, FieldType.Time];
    private static readonly FieldType[] TextOnly = [FieldType.Text];
    private static readonly FieldType[] NumberOnly = [FieldType.Number];
    private static readonly FieldType[] TimeOnly = [FieldType.Time];
    private static readonly FieldType[] Any = [FieldType.Text, FieldType.Number, FieldType.Boolean, FieldType.Time, FieldType.Fact];

    /// <summary>All operators by name.</summary>
    public static IReadOnlyDictionary<string, OperatorInfo> All { get; } = new OperatorInfo[]
    {
        new("equals", OperatorKind.Equals, Comparable, "Equal to the value (text: ignoring case)."),
        new("not-equals", OperatorKind.NotEquals, Comparable, "Not equal to the value (text: ignoring case)."),
        new("one-of", OperatorKind.OneOf, [FieldType.Text, FieldType.Number], "Equal to one of the listed values."),
        new("contains", OperatorKind.Contains, TextOnly, "The text contains the value, ignoring case."),
        new("starts-with", OperatorKind.StartsWith, TextOnly, "The text starts with the value, ignoring case."),
        new("ends-with", OperatorKind.EndsWith, TextOnly, "The text ends with the value, ignoring case."),
        new("matches", OperatorKind.Matches, TextOnly, "The text matches the regular expression (linear-time engine, ignoring case)."),
        new("greater-than", OperatorKind.GreaterThan, NumberOnly, "Greater than the value."),
        new("at-least", OperatorKind.AtLeast, NumberOnly, "Greater than or equal to the value."),
        new("less-than", OperatorKind.LessThan, NumberOnly, "Less than the value."),
        new("at-most", OperatorKind.AtMost, NumberOnly, "Less than or equal to the value."),
        new("before", OperatorKind.Before, TimeOnly, "Earlier than the time ('now': the ticket's time)."),
        new("after", OperatorKind.After, TimeOnly, "Later than the time ('now': the ticket's time)."),
        new("older-than", OperatorKind.OlderThan, TimeOnly, "More than the duration (15m, 24h, 30d, 2w) before the ticket's time."),
        new("newer-than", OperatorKind.NewerThan, TimeOnly, "Less than the duration (15m, 24h, 30d, 2w) before the ticket's time, or after it."),
        new("expires-within", OperatorKind.ExpiresWithin, TimeOnly, "After the ticket's time by at most the duration (15m, 24h, 30d, 2w): about to expire."),
        new("within", OperatorKind.Within, TimeOnly, "With 'after:' or 'before:' in the same test: at most the duration (15m, 24h, 30d, 2w) after (or before) that time."),
        new("includes", OperatorKind.Includes, TextOnly, "The text is a list (items split at commas, semicolons, spaces, quotes and brackets) holding the value as one whole item, ignoring case."),
        new("exists", OperatorKind.Exists, Any, "true: the field has a value; false: it has none."),
    }.ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
}
