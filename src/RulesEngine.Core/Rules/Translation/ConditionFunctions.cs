using System.Text.RegularExpressions;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>The null-safe functions compiled conditions call. A missing value never throws: it fails the test
/// (NRules would otherwise surface the exception at Insert).</summary>
internal static class ConditionFunctions
{
    // What separates the items of a list written as text: JSON arrays, "a, b and c", quoted names.
    private static readonly char[] ListSeparators = [',', ';', ' ', '\t', '\r', '\n', '"', '\'', '`', '[', ']', '(', ')', '{', '}', '|'];

    /// <summary>Equal values; text ignoring case.</summary>
    public static bool Same(object? value, object? other) => value switch
    {
        null => other is null,
        string text => other is string otherText && string.Equals(text, otherText, StringComparison.OrdinalIgnoreCase),
        _ => value.Equals(other),
    };

    /// <summary>The ticket's time, boxed, for <c>before: now</c> and <c>after: now</c>.</summary>
    public static object TicketTime() => Inference.DiagnosisClock.Now;

    /// <summary>More than <paramref name="duration"/> before the ticket's time.</summary>
    public static bool OlderThan(object? value, TimeSpan duration) => value is DateTimeOffset time && time < Inference.DiagnosisClock.Now - duration;

    /// <summary>Less than <paramref name="duration"/> before the ticket's time, or after it.</summary>
    public static bool NewerThan(object? value, TimeSpan duration) => value is DateTimeOffset time && time > Inference.DiagnosisClock.Now - duration;

    /// <summary>After the ticket's time by at most <paramref name="duration"/>.</summary>
    public static bool ExpiresWithin(object? value, TimeSpan duration) =>
        value is DateTimeOffset time && time > Inference.DiagnosisClock.Now && time <= Inference.DiagnosisClock.Now + duration;

    /// <summary>At most <paramref name="duration"/> after (or, <paramref name="after"/> false, before) <paramref name="anchor"/>.</summary>
    public static bool Within(object? value, object? anchor, TimeSpan duration, bool after) =>
        value is DateTimeOffset time && anchor is DateTimeOffset from
        && (after ? time > from && time - from <= duration : time < from && from - time <= duration);

    /// <summary>The text, read as a list, holds <paramref name="item"/> as one whole item (ignoring case).</summary>
    public static bool Includes(string? value, string? item)
    {
        if (value is null || string.IsNullOrWhiteSpace(item))
        {
            return false;
        }

        foreach (var part in value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(part, item.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A collected pattern holds: at least one fact matched.</summary>
    public static bool NotEmpty(System.Collections.IEnumerable facts) => facts.GetEnumerator().MoveNext();

    /// <summary>Equal to one of the values.</summary>
    public static bool OneOf(object? value, object[] values) => Array.Exists(values, v => Same(value, v));

    public static bool Contains(string? value, string? part) =>
        value is not null && part is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);

    public static bool StartsWith(string? value, string? part) =>
        value is not null && part is not null && value.StartsWith(part, StringComparison.OrdinalIgnoreCase);

    public static bool EndsWith(string? value, string? part) =>
        value is not null && part is not null && value.EndsWith(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>Regex match; the regex is linear-time (NonBacktracking), and a timeout counts as no match.</summary>
    public static bool Matches(string? value, Regex regex)
    {
        if (value is null)
        {
            return false;
        }

        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Both values present and <paramref name="value"/> orders after <paramref name="other"/> (numbers, times).</summary>
    public static bool Greater(object? value, object? other) => Compare(value, other) > 0;

    public static bool GreaterOrEqual(object? value, object? other) => Compare(value, other) >= 0;

    public static bool Less(object? value, object? other) => Compare(value, other) is < 0 and not int.MinValue;

    public static bool LessOrEqual(object? value, object? other) => Compare(value, other) is <= 0 and not int.MinValue;

    // int.MinValue stands for "not comparable" (a value missing or of another type).
    private static int Compare(object? value, object? other) =>
        value is IComparable comparable && other is not null && value.GetType() == other.GetType()
            ? Math.Sign(comparable.CompareTo(other))
            : int.MinValue;
}
