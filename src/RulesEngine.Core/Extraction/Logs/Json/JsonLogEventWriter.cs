namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Writes an event object's message and stack trace into the view, with its time, level, logger and thread.</summary>
internal static class JsonLogEventWriter
{
    /// <summary>Writes <paramref name="frame"/> as an event when it is one: it has a string message member and a level beside
    /// it, or a time and a logger or thread (a time alone for Docker's <c>log</c>), or the message is an exporter's raw line
    /// (<c>_raw</c>, <c>textPayload</c>); returns whether it did.</summary>
    public static bool TryWrite(JsonObjectFrame frame, string text, JsonLogView view, NameCache names)
    {
        if (frame.First(JsonLogFields.Messages) is not var (name, messages) || !messages[0].IsString)
        {
            return false;
        }

        var time = frame.First(JsonLogFields.Times);
        var level = frame.First(JsonLogFields.Levels);
        var logger = frame.First(JsonLogFields.Loggers);
        var thread = frame.First(JsonLogFields.Threads);
        if (!JsonLogFields.IsRawLine(name) && level is null
            && (time is null || (logger is null && thread is null && !name.Equals("log", StringComparison.OrdinalIgnoreCase))))
        {
            return false; // an API's error body has a message and a timestamp, but no level, logger or thread
        }

        var start = messages[0].StringStart;
        view.BreakParagraph(start);
        var viewStart = view.Length;
        JsonStringText.Append(text, start, view, JsonLogReader.MaxValueLength);
        if (frame.First(JsonLogFields.Continuations) is var (_, lines))
        {
            foreach (var line in lines.Where(l => l.IsString))
            {
                view.Append('\n', line.StringStart);
                JsonStringText.Append(text, line.StringStart, view, JsonLogReader.MaxValueLength);
            }
        }

        view.AddEvent(
            viewStart,
            JsonLogValues.Time(Text(text, time)),
            JsonLogValues.Level(Text(text, level)),
            Name(text, logger, names),
            Name(text, thread, names));
        return true;
    }

    // The text of a member's first value: the decoded string, or the number as written.
    private static string? Text(string text, (string Name, List<JsonMemberValue> Values)? member)
    {
        if (member is not var (_, values))
        {
            return null;
        }

        var value = values[0];
        return value.IsString ? JsonStringText.Read(text, value.StringStart, JsonLogReader.MaxValueLength) : value.Number;
    }

    private static string? Name(string text, (string Name, List<JsonMemberValue> Values)? member, NameCache names) =>
        Text(text, member) is { Length: > 0 } value && member!.Value.Values[0].IsString ? names.Get(value.AsSpan().Trim()) : null;
}
