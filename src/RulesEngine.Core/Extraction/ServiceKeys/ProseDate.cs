using System.Globalization;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>Reads a calendar date as people write it in English or German prose: <c>2026-10-31</c>, <c>31.10.2026</c>,
/// <c>31 October 2026</c>, <c>October 31st, 2026</c>, <c>31. Oktober 2026</c>. Numeric dates with slashes are left out: their
/// day and month order cannot be told.</summary>
internal static partial class ProseDate
{
    private static readonly string[][] Months =
    [
        ["jan", "januar", "january", "jänner"], ["feb", "februar", "february"], ["mar", "mär", "märz", "maerz", "march"], ["apr", "april"],
        ["may", "mai"], ["jun", "juni", "june"], ["jul", "juli", "july"], ["aug", "august"], ["sep", "sept", "september"],
        ["oct", "okt", "oktober", "october"], ["nov", "november"], ["dec", "dez", "dezember", "december"],
    ];

    /// <summary>The date that starts <paramref name="text"/> (after at most a few separators), as the last second of that day
    /// in UTC; null when none does or it is no real date.</summary>
    public static DateTimeOffset? EndOfDayAtStart(string text)
    {
        var match = DateAtStart().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : MonthOf(match.Groups["name"].Value);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year is >= 1990 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 23, 59, 59, TimeSpan.Zero)
            : null;
    }

    private static int MonthOf(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        return Array.FindIndex(Months, names => names.Contains(lower)) + 1;
    }

    // ISO, then German numeric, then day-month-year and month-day-year with a month name (three letters at least).
    [GeneratedRegex(
        @"^[\s:=""'„“(]{0,4}(?:(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b|(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4})\b"
        + @"|(?<d>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?<name>[a-zä]{3,9}\.?)\s+(?<y>\d{4})\b"
        + @"|(?<name>[a-zä]{3,9}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAtStart();
}
