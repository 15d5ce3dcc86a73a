using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Gives each JSON log event of a view (<see cref="JsonLogReader"/>) its <see cref="LogEntry"/>: time, level,
/// logger and thread from the event's members, the message from its decoded text. A message that is itself a log line
/// (Splunk's <c>_raw</c>) gives what its members do not: <c>2026-11-28 10:15:02.345 ERROR [thread] Logger - text</c>.</summary>
internal sealed class JsonLogEntryExtractor : ITextExtractor
{
    // Longer messages are cut, as text records are.
    private const int MaxMessageLength = 64 * 1024;

    /// <inheritdoc/>
    /// <remarks>None: it runs on every input and reads only a view's events.</remarks>
    public IReadOnlyList<string> Keywords { get; } = [];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var names = new NameCache();
        foreach (var e in source.JsonEvents)
        {
            var line = source.LineOf(e.Start);
            var header = LogEntryExtractor.TryParse(source, line, names);
            var firstEnd = Math.Min(source.LineEnd(line), e.End);
            var message = header is null
                ? source.Redact(e.Start, e.End)
                : source.Redact(header.MessageStart, Math.Min(header.MessageEnd, firstEnd)) + source.Redact(firstEnd, e.End);
            message = message.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (header is { Unterminated: true })
            {
                message = message.TrimEnd('#').TrimEnd();
            }

            var entry = new LogEntry(e.Time ?? header?.Time, e.Level ?? header?.Level, e.Logger ?? header?.Logger, e.Thread ?? header?.Thread,
                message.Length > MaxMessageLength ? message[..MaxMessageLength] : message)
            {
                Evidence = source.EvidenceAt(e.Start),
            };
            facts.Add(new LocatedFact(e.Start, entry));
        }
    }

    /// <summary>True when <paramref name="offset"/> of <paramref name="source"/> lies in the text of a JSON event.</summary>
    public static bool IsInEvent(SourceText source, int offset)
    {
        var events = source.JsonEvents;
        int low = 0, high = events.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (offset < events[middle].Start)
            {
                high = middle - 1;
            }
            else if (offset >= events[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
