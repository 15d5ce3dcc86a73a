namespace RulesEngine.Core.Extraction.Http;

internal sealed partial class HttpErrorExtractor
{
    // Units and currencies that make three digits a measure or an amount: "401 ms", "403 EUR", "500 %".
    private static readonly HashSet<string> _units = new(
        ["ms", "s", "sec", "secs", "seconds", "sekunden", "bytes", "kb", "mb", "gb", "eur", "euro", "usd", "chf", "dollar", "dollars", "franken"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unitLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();

    // Currencies before three digits make them an amount: "EUR 401 too early" is no 425 and no 401, nor "$403".
    private static readonly string[] _currencies = ["EUR", "USD", "CHF", "GBP"];

    private static bool IsAmount(string text, int digits)
    {
        var before = text.AsSpan(0, digits).TrimEnd(" \t");
        if (before.Length > 0 && before[^1] is '$' or '\u20ac' or '\u00a3')
        {
            return true;
        }

        foreach (var currency in _currencies)
        {
            if (before.EndsWith(currency, StringComparison.OrdinalIgnoreCase)
                && (before.Length == currency.Length || !char.IsLetter(before[^(currency.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    // What follows three digits can make them no status, whatever precedes them: "401(k)" is a retirement plan,
    // "401.50" and "401,50" are amounts, "403.2.1" a version, "401 ms" a time and "401 EUR" or "401 %" an amount.
    private static bool IsNotAStatus(string text, int afterDigits)
    {
        var after = text.AsSpan(afterDigits, Math.Min(24, text.Length - afterDigits));
        if (after.StartsWith("(k)", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (after.Length >= 2 && after[0] is '.' or ',' && char.IsAsciiDigit(after[1]))
        {
            var digits = after[1..].IndexOfAnyExceptInRange('0', '9');
            var run = digits < 0 ? after.Length - 1 : digits;
            return run == 2 || (digits >= 0 && after[1 + digits] is '.' && after.Length > digits + 2 && char.IsAsciiDigit(after[digits + 2]));
        }

        after = after.TrimStart(" \t");
        if (after.Length > 0 && after[0] is '%' or '\u20ac' or '$')
        {
            return true;
        }

        var length = 0;
        while (length < after.Length && char.IsAsciiLetter(after[length]))
        {
            length++;
        }

        return length > 0 && _unitLookup.Contains(after[..length]);
    }
}
