using System.Globalization;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>Durations as authors write them: a whole number and a unit, <c>15m</c>, <c>24h</c>, <c>30d</c>, <c>2w</c>.</summary>
internal static partial class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        if (Pattern().Match(text.Trim()) is not { Success: true } match
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        duration = match.Groups["unit"].Value switch
        {
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            _ => TimeSpan.FromDays(7L * n),
        };
        return true;
    }

    [GeneratedRegex("^(?<n>[0-9]{1,6})(?<unit>[mhdw])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
