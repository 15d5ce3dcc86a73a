using System.Globalization;

namespace RulesEngine.Core.Extraction.Logs;

/// <summary>Builds a UTC time stamp from the fields of a log line, or null when a field is out of range.</summary>
internal static class LogTime
{
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>The instant, in UTC, of a local time written with an offset in minutes; fraction digits beyond 7 are dropped.</summary>
    public static DateTimeOffset? Create(
        ReadOnlySpan<char> year,
        ReadOnlySpan<char> month,
        ReadOnlySpan<char> day,
        ReadOnlySpan<char> hour,
        ReadOnlySpan<char> minute,
        ReadOnlySpan<char> second,
        ReadOnlySpan<char> fraction,
        int offsetMinutes)
    {
        int y = Number(year), mo = Number(month), d = Number(day), h = Number(hour), mi = Number(minute), s = Number(second);
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo) || h > 23 || mi > 59 || s > 59
            || Math.Abs(offsetMinutes) > MaxOffsetMinutes)
        {
            return null;
        }

        var digits = fraction.Length > 7 ? fraction[..7] : fraction;
        var ticks = digits.IsEmpty ? 0 : Number(digits) * (long)Math.Pow(10, 7 - digits.Length);
        var local = new DateTime(y, mo, d, h, mi, s, DateTimeKind.Unspecified).AddTicks(ticks);
        return new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes)).ToUniversalTime();
    }

    /// <summary>Minutes east of UTC for "Z", "+02:00", "+0200" or "-05"; 0 (UTC) when empty; null when malformed.</summary>
    public static int? OffsetMinutes(ReadOnlySpan<char> offset)
    {
        offset = offset.Trim();
        if (offset.IsEmpty || offset is "Z" or "z")
        {
            return 0;
        }

        if (offset[0] is not ('+' or '-'))
        {
            return null;
        }

        var digits = offset[1..].ToString().Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var minutes = (Number(digits.AsSpan(0, 2)) * 60) + (digits.Length == 4 ? Number(digits.AsSpan(2)) : 0);
        return offset[0] == '-' ? -minutes : minutes;
    }

    private static int Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
