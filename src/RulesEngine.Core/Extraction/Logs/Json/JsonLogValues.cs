using System.Globalization;

namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Reads an event's time and level from the text of their members.</summary>
internal static class JsonLogValues
{
    // Longest level kept ("EMERGENCY"); a longer value is not a level.
    private const int MaxLevelLength = 16;

    // A Unix time of fewer digits is before 1973: a counter, not a time.
    private const int MinEpochDigits = 9;

    // pino and bunyan write levels as numbers.
    private static readonly Dictionary<string, string> _numericLevels = new(StringComparer.Ordinal)
    {
        ["10"] = "TRACE", ["20"] = "DEBUG", ["30"] = "INFO", ["40"] = "WARN", ["50"] = "ERROR", ["60"] = "FATAL",
    };

    /// <summary>The instant in UTC of an ISO 8601 time (more than 7 fraction digits allowed; no zone is UTC) or of a Unix
    /// time in seconds, milliseconds, microseconds or nanoseconds (told apart by the number of digits); null otherwise.</summary>
    public static DateTimeOffset? Time(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length > 0 && char.IsAsciiDigit(value[0]) && !value.Contains('-', StringComparison.Ordinal))
        {
            return Epoch(value);
        }

        var text = WithoutExtraFraction(value);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }

    /// <summary>The level, upper case, from a name ("error", "Warning") or a pino number (50); null when it is not one.</summary>
    public static string? Level(string? value)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaxLevelLength)
        {
            return null;
        }

        if (_numericLevels.TryGetValue(value, out var named))
        {
            return named;
        }

        return value.All(char.IsAsciiLetter) ? value.ToUpperInvariant() : null;
    }

    private static DateTimeOffset? Epoch(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? value : value[..dot];
        if (whole.Length < MinEpochDigits || !whole.All(char.IsAsciiDigit) || !long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var ticks = whole.Length switch
        {
            <= 10 => number * TimeSpan.TicksPerSecond,
            <= 13 => number * TimeSpan.TicksPerMillisecond,
            <= 16 => number * 10,
            <= 19 => number / 100,
            _ => -1L,
        };
        if (whole.Length <= 10 && dot > 0 && double.TryParse("0" + value[dot..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction))
        {
            ticks += (long)(fraction * TimeSpan.TicksPerSecond);
        }

        return ticks >= 0 && ticks <= (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks ? DateTimeOffset.UnixEpoch.AddTicks(ticks) : null;
    }

    // .NET reads at most 7 fraction digits; Cloud Logging writes 9.
    private static string WithoutExtraFraction(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return value;
        }

        var end = dot + 1;
        while (end < value.Length && char.IsAsciiDigit(value[end]))
        {
            end++;
        }

        return end - dot - 1 > 7 ? value[..(dot + 8)] + value[end..] : value;
    }
}
