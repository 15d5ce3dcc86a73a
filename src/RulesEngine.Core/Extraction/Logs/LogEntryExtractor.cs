using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Extraction.Logs.Json;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Logs;

/// <summary>Finds CPI log records; lines that do not start a record (stack traces, a printed certificate) join the record above.</summary>
/// <remarks>A record ends at the next record, at a blank line (unless its last line ends with ':'), or at the end of the input.</remarks>
internal sealed class LogEntryExtractor : ITextExtractor
{
    // Longer messages are cut; the rest of the record is still consumed.
    private const int MaxMessageLength = 64 * 1024;

    /// <inheritdoc/>
    /// <remarks>The levels a record line names (WARN also finds WARNING), and the version field that starts a
    /// '#'-separated SAP record ("#2.0#"); only lines with a hit are parsed as record starts.</remarks>
    public IReadOnlyList<string> Keywords { get; } = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "SEVERE", "#1.", "#2.", "#3."];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var records = new List<(int Line, LogRecordHeader Header)>();
        var names = new NameCache();
        foreach (var (line, _) in HitWindows.FirstHitPerLine(source, input.Hits))
        {
            // A JSON event's text is its own record (JsonLogEntryExtractor), whatever it looks like.
            if (JsonLogEntryExtractor.IsInEvent(source, source.LineStart(line)))
            {
                continue;
            }

            if (TryParse(source, line, names) is { } header)
            {
                records.Add((line, header));
            }
        }

        for (var i = 0; i < records.Count; i++)
        {
            var (line, header) = records[i];
            var next = i + 1 < records.Count ? records[i + 1].Line : source.LineCount;
            var last = LastContinuationLine(source, line, next);
            var entry = new LogEntry(header.Time, header.Level, header.Logger, header.Thread, Message(source, header, line, last))
            {
                Evidence = source.EvidenceAt(FirstNonSpace(source, line)),
            };
            facts.Add(new LocatedFact(source.LineStart(line), entry));
        }
    }

    /// <summary>The header of the record starting on the 0-based <paramref name="line"/>, or null when it starts none.</summary>
    internal static LogRecordHeader? TryParse(SourceText source, int line, NameCache names)
    {
        var start = source.LineStart(line);
        var end = source.LineEnd(line);
        var first = FirstNonSpace(source, line);
        if (first >= end || !(char.IsAsciiDigit(source.Content[first]) || source.Content[first] == '#'))
        {
            return null;
        }

        return IsoLogLine.TryParse(source.Content, start, end, names) ?? SapListLogLine.TryParse(source.Content, start, end);
    }

    // The record's last line before the next record: continuation lines join it up to a blank line (unless the line
    // before the blank ends with ':', as "Client certificate:" does).
    private static int LastContinuationLine(SourceText source, int line, int nextRecord)
    {
        var last = line;
        for (var next = line + 1; next < nextRecord; next++)
        {
            if (IsBlank(source, next))
            {
                if (!EndsWithColon(source, last))
                {
                    break;
                }

                continue;
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
