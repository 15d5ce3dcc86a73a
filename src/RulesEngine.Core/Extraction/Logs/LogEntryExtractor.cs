using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Logs;

/// <summary>Finds CPI log records; lines that do not start a record (stack traces, a printed certificate) join the record above.</summary>
/// <remarks>A record ends at the next record, at a blank line (unless its last line ends with ':'), or at the end of the input.</remarks>
internal sealed class LogEntryExtractor : ITextExtractor
{
    // Longer messages are cut; the rest of the record is still consumed.
    private const int MaxMessageLength = 64 * 1024;

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = [];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var line = 0;
        while (line < source.LineCount)
        {
            var header = TryParse(source, line);
            if (header is null)
            {
                line++;
                continue;
            }

            var last = LastContinuationLine(source, line);
            var entry = new LogEntry(header.Time, header.Level, header.Logger, header.Thread, Message(source, header, line, last))
            {
                Evidence = source.EvidenceAt(FirstNonSpace(source, line)),
            };
            facts.Add(new LocatedFact(source.LineStart(line), entry));
            line = last + 1;
        }
    }

    private static LogRecordHeader? TryParse(SourceText source, int line)
    {
        var start = source.LineStart(line);
        var end = source.LineEnd(line);
        var first = FirstNonSpace(source, line);
        if (first >= end || !(char.IsAsciiDigit(source.Content[first]) || source.Content[first] == '#'))
        {
            return null;
        }

        return IsoLogLine.TryParse(source.Content, start, end) ?? SapListLogLine.TryParse(source.Content, start, end);
    }

    private static int LastContinuationLine(SourceText source, int line)
    {
        var last = line;
        for (var next = line + 1; next < source.LineCount; next++)
        {
            if (IsBlank(source, next))
            {
                if (!EndsWithColon(source, last))
                {
                    break;
                }

                continue;
            }

            if (TryParse(source, next) is not null)
            {
                break;
            }

            last = next;
        }

        return last;
    }

    private static string Message(SourceText source, LogRecordHeader header, int line, int last)
    {
        var message = source.Redact(header.MessageStart, header.MessageEnd).Trim();
        if (last > line)
        {
            var start = source.LineStart(line + 1);
            var end = Math.Min(source.LineEnd(last), start + MaxMessageLength);
            var rest = source.Redact(start, end).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
            message = message.Length == 0 ? rest.TrimStart('\n') : message + "\n" + rest;
        }

        if (header.Unterminated)
        {
            message = message.TrimEnd('#').TrimEnd();
        }

        return message.Length > MaxMessageLength ? message[..MaxMessageLength] : message;
    }

    private static int FirstNonSpace(SourceText source, int line)
    {
        var position = source.LineStart(line);
        var end = source.LineEnd(line);
        while (position < end && source.Content[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    private static bool IsBlank(SourceText source, int line) =>
        source.Content.AsSpan(source.LineStart(line), source.LineEnd(line) - source.LineStart(line)).IsWhiteSpace();

    private static bool EndsWithColon(SourceText source, int line) =>
        source.Content.AsSpan(source.LineStart(line), source.LineEnd(line) - source.LineStart(line)).TrimEnd().EndsWith(':');
}
