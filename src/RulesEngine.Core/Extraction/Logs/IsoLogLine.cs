namespace RulesEngine.Core.Extraction.Logs;

/// <summary>Parses record lines such as <c>2024-09-26 10:15:02.123 ERROR [thread] com.sap.Logger - message</c>.</summary>
/// <remarks>The time may use 'T', a comma before the fraction, and 'Z' or an offset; without an offset it is taken as UTC.
/// Level and [thread] may come in either order; the logger is the word before " - ".</remarks>
internal static partial class IsoLogLine
{
    private static readonly string[] _levels = ["TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "FATAL", "SEVERE"];

    /// <summary>The header of the record starting on this line, or null when the line does not start a record.</summary>
    public static LogRecordHeader? TryParse(string text, int lineStart, int lineEnd, NameCache names)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var prefix = PrefixLength(line);
        if (prefix < 0)
        {
            return null;
        }

        var time = ParseTime(line[..prefix].TrimStart());
        var position = prefix;
        string? level = null, thread = null;
        for (var token = 0; token < 3; token++)
        {
            position = SkipSpaces(line, position);
            if (position < line.Length && line[position] == '[')
            {
                var close = line[position..].IndexOf(']');
                var inner = close < 0 ? [] : line.Slice(position + 1, close - 1);
                if (close < 0 || (level is not null && thread is not null))
                {
                    break;
                }

                if (level is null && LevelOf(inner) is { } bracketed)
                {
                    level = bracketed;
                }
                else if (thread is null)
                {
                    thread = names.Get(inner);
                }

                position += close + 1;
                continue;
            }

            var word = line[position..];
            var length = word.IndexOfAny(' ', '\t');
            word = length < 0 ? word : word[..length];
            if (level is not null || LevelOf(word.TrimEnd(':')) is not { } plain)
            {
                break;
            }

            level = plain;
            position += word.Length;
        }

        if (level is null)
        {
            return null;
        }

        position = SkipSpaces(line, position);
        var logger = LoggerBefore(line[position..], names, out var messageOffset);
        var messageStart = lineStart + SkipSpaces(line, position + messageOffset);
        return new LogRecordHeader(time, level, logger, thread, messageStart, lineEnd, Unterminated: false);
    }

    // "com.sap.Logger - message": the logger, and the offset of the message after " - "; no logger when there is no " - ".
    private static string? LoggerBefore(ReadOnlySpan<char> rest, NameCache names, out int messageOffset)
    {
        var end = rest.IndexOfAny(' ', '\t');
        messageOffset = 0;
        if (end <= 0)
        {
            return null;
        }

        var after = SkipSpaces(rest, end);
        if (after < rest.Length && rest[after] == '-' && (after + 1 == rest.Length || rest[after + 1] is ' ' or '\t'))
        {
            messageOffset = after + 1;
            return names.Get(rest[..end]);
        }

        return null;
    }

    private static DateTimeOffset? ParseTime(ReadOnlySpan<char> stamp)
    {
        var fraction = ReadOnlySpan<char>.Empty;
        var rest = stamp[19..];
        if (rest.Length > 0 && rest[0] is '.' or ',')
        {
            var digits = rest[1..].IndexOfAnyExceptInRange('0', '9');
            fraction = digits < 0 ? rest[1..] : rest.Slice(1, digits);
            rest = rest[(1 + fraction.Length)..];
        }

        var offset = LogTime.OffsetMinutes(rest);
        return offset is null
            ? null
            : LogTime.Create(stamp[..4], stamp[5..7], stamp[8..10], stamp[11..13], stamp[14..16], stamp[17..19], fraction, offset.Value);
    }

    private static string? LevelOf(ReadOnlySpan<char> word)
    {
        foreach (var level in _levels)
        {
            if (word.Equals(level, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        return null;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int position)
    {
        while (position < line.Length && line[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }
}
