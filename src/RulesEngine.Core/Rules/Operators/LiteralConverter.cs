using System.Globalization;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>Turns a YAML scalar into the typed constant a condition compares with.</summary>
internal static class LiteralConverter
{
    /// <summary>The time literal that means the ticket's time (<c>--now</c>).</summary>
    public const string Now = "now";

    /// <summary>Converts <paramref name="scalar"/> to the .NET value of <paramref name="type"/>
    /// (string, double, bool, DateTimeOffset); returns false with a reason when it does not fit.</summary>
    public static bool TryConvert(ScalarOperand scalar, FieldType type, out object? value, out string reason)
    {
        value = null;
        reason = "";
        var text = scalar.Text.Trim();
        switch (type)
        {
            case FieldType.Text:
                value = scalar.Text;
                return true;
            case FieldType.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case FieldType.Boolean when bool.TryParse(text, out var flag):
                value = flag;
                return true;
            case FieldType.Time when text == Now:
                value = null; // the ticket's time, read when the condition runs
                return true;
            case FieldType.Time when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time):
                value = time;
                return true;
            default:
                reason = type switch
                {
                    FieldType.Number => $"'{scalar.Text}' is not a number",
                    FieldType.Boolean => $"'{scalar.Text}' is not true or false",
                    FieldType.Time => $"'{scalar.Text}' is not a time (write e.g. 2025-09-26, 2025-09-26T10:15:00Z or now)",
                    _ => "a whole fact cannot be compared with a value",
                };
                return false;
        }
    }

    /// <summary>The type an inferred field gets from a literal: plain true/false and numbers keep their type, anything else is text.</summary>
    public static FieldType InferType(ScalarOperand scalar) =>
        scalar.Quoted ? FieldType.Text
        : bool.TryParse(scalar.Text, out _) ? FieldType.Boolean
        : double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? FieldType.Number
        : FieldType.Text;
}
