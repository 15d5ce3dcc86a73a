namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Finds JSON log events in an input (one per line, a JSON array, an exporter's wrapper, or a JSON event after a
/// line prefix such as <c>cf logs</c> writes) and gives the input's view in which each event is its decoded message,
/// so every extractor reads the message as the log meant it while evidence points into the input.</summary>
/// <remarks>Only lines that start a JSON value are read, each value once, with a depth limit; a broken or truncated
/// value is read up to where it breaks and reading goes on at the next line, so the work is linear in the input.</remarks>
internal static partial class JsonLogReader
{
    /// <summary>The view of <paramref name="source"/> when it holds JSON log events; otherwise <paramref name="source"/> itself.</summary>
    public static SourceText Read(SourceText source)
    {
        var text = source.Content;
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return source;
        }

        JsonLogView? view = null;
        Utf8Positions? utf8 = null;
        var names = new NameCache();
        var copied = 0;
        for (var line = 0; line < source.LineCount; line++)
        {
            var start = Candidate(source, line);
            if (start < 0)
            {
                continue;
            }

            utf8 ??= new Utf8Positions(text);
            view ??= new JsonLogView(text);
            var eventsBefore = view.Events.Count;
            view.Copy(copied, start);
            copied = start;
            var end = ReadValue(text, start, utf8, view, names);
            if (view.Events.Count > eventsBefore)
            {
                view.BreakParagraph(end);
                copied = end; // the value is replaced by its events
            }

            line = Math.Max(line, source.LineOf(Math.Max(start, end - 1)));
        }

        if (view is null || view.Events.Count == 0)
        {
            return source;
        }

        view.Copy(copied, text.Length);
        var (viewText, map) = view.Build();
        return new SourceText(source, viewText, map, view.Events);
    }

    // Where a JSON value starts on the line: its first non-blank character when that is '{' followed by a name (or the
    // line's end), or '[' followed by a value; or, on a line ending in '}', the first '{' followed by a name. -1 otherwise.
    private static int Candidate(SourceText source, int line)
    {
        var text = source.Content;
        var start = source.LineStart(line);
        var end = source.LineEnd(line);
        var first = start;
        while (first < end && text[first] is ' ' or '\t')
        {
            first++;
        }

        if (first >= end)
        {
            return -1;
        }

        var next = NextNonBlank(text, first + 1, end);
        if (text[first] == '{')
        {
            return next >= end || text[next] is '"' or '}' ? first : -1;
        }

        if (text[first] == '[')
        {
            return next >= end || text[next] is '{' or '[' or '"' ? first : -1;
        }

        var last = end - 1;
        while (last > first && text[last] is ' ' or '\t')
        {
            last--;
        }

        if (text[last] != '}')
        {
            return -1;
        }

        var brace = text.IndexOf('{', first, last - first);
        return brace >= 0 && NextNonBlank(text, brace + 1, end) is var name && name < end && text[name] == '"' ? brace : -1;
    }

    private static int NextNonBlank(string text, int position, int end)
    {
        while (position < end && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }
}
