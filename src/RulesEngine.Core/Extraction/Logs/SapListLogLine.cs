using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Logs;

/// <summary>Parses SAP list-format records: <c>#2.0#2024 09 26 10:15:02:123#+0000#Error#com.sap.Logger#…#message#</c>.</summary>
/// <remarks>Fields: version, time, zone offset, severity, category (the logger); a field <c>Thread[…]</c> names the thread;
/// the message is the last non-empty field, or the text after the last '#' when the record goes on over the next lines.</remarks>
internal static partial class SapListLogLine
{
    // Field indexes, counted from the version field after the leading '#'.
    private const int TimeField = 1;
    private const int ZoneField = 2;
    private const int LevelField = 3;
    private const int LoggerField = 4;

    [GeneratedRegex(
        @"^[ \t]*#[0-9]+\.[0-9]+[ \t]*#[0-9]{4} [0-9]{2} [0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?::[0-9]{1,3})?[ \t]*#",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex RecordPrefix();

    /// <summary>The header of the record starting on this line, or null when the line does not start a record.</summary>
    public static LogRecordHeader? TryParse(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        if (!RecordPrefix().IsMatch(line))
        {
            return null;
        }

        var first = line.IndexOf('#');
        var fields = line[(first + 1)..].ToString().Split('#');
        var time = ParseTime(fields[TimeField].Trim(), fields.Length > ZoneField ? fields[ZoneField] : string.Empty);
        var level = fields.Length > LevelField ? fields[LevelField].Trim().ToUpperInvariant() : string.Empty;
        var logger = fields.Length > LoggerField ? NullIfEmpty(fields[LoggerField].Trim()) : null;
        var thread = fields.Skip(LoggerField + 1).Select(f => f.Trim())
            .FirstOrDefault(f => f.StartsWith("Thread[", StringComparison.OrdinalIgnoreCase) && f.EndsWith(']'));

        var terminated = line.TrimEnd().EndsWith('#');
        var (start, end) = terminated ? LastNonEmptyField(line) : (line.LastIndexOf('#') + 1, line.Length);
        return new LogRecordHeader(
            time,
            level.Length == 0 ? "UNKNOWN" : level,
            logger,
            thread?["Thread[".Length..^1],
            lineStart + start,
            lineStart + end,
            Unterminated: !terminated);
    }

    // "2024 09 26 10:15:02:123" with a zone such as "+0000"; the part after the seconds is milliseconds.
    private static DateTimeOffset? ParseTime(string stamp, string zone)
    {
        var offset = LogTime.OffsetMinutes(zone);
        var span = stamp.AsSpan();
        return offset is null || span.Length < 19
            ? null
            : LogTime.Create(span[..4], span[5..7], span[8..10], span[11..13], span[14..16], span[17..19],
                span.Length > 20 ? span[20..] : [], offset.Value);
    }

    private static (int Start, int End) LastNonEmptyField(ReadOnlySpan<char> line)
    {
        var end = line.LastIndexOf('#');
        while (end > 0)
        {
            var start = line[..end].LastIndexOf('#') + 1;
            if (!line[start..end].IsWhiteSpace())
            {
                return (start, end);
            }

            end = start - 1;
        }

        return (0, 0);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
