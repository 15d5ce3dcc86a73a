namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Reads the raw characters of a JSON string value from the input text, escapes decoded, into a view.</summary>
/// <remarks>Works on the input's characters, not on UTF-8, so each decoded character keeps the offset of what it was
/// decoded from. A string cut off by the end of the line (a truncated log line) is read up to there.</remarks>
internal static class JsonStringText
{
    /// <summary>Appends the string whose content starts at <paramref name="start"/> (just after its opening quote) to
    /// <paramref name="view"/>, at most <paramref name="maxLength"/> decoded characters; returns the offset where reading stopped.</summary>
    public static int Append(string text, int start, JsonLogView view, int maxLength)
    {
        var position = start;
        var written = 0;
        var run = start;
        while (position < text.Length && written < maxLength)
        {
            var c = text[position];
            if (c is '"' or '\n' or '\r')
            {
                break;
            }

            if (c != '\\')
            {
                position++;
                written++;
                continue;
            }

            view.Copy(run, position);
            var length = Escape(text, position, view);
            position += length;
            written++;
            run = position;
        }

        view.Copy(run, position);
        return position;
    }

    /// <summary>The string whose content starts at <paramref name="start"/>, decoded, at most <paramref name="maxLength"/> characters.</summary>
    public static string Read(string text, int start, int maxLength)
    {
        var end = start;
        while (end < text.Length && end - start < maxLength && text[end] is not ('"' or '\\' or '\n' or '\r'))
        {
            end++;
        }

        if (end >= text.Length || text[end] != '\\')
        {
            return text[start..end]; // no escapes: the common case, without a view
        }

        var view = new JsonLogView(text);
        Append(text, start, view, maxLength);
        return view.Build().Text;
    }

    // Decodes the escape at 'position' into the view; returns how many input characters it took. An escape that is
    // not one (a lone backslash, a bad \u) is kept as written.
    private static int Escape(string text, int position, JsonLogView view)
    {
        if (position + 1 >= text.Length)
        {
            view.Copy(position, position + 1);
            return 1;
        }

        char? decoded = text[position + 1] switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'b' => '\b',
            'f' => '\f',
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'u' => Hex(text, position + 2),
            _ => null,
        };
        if (decoded is not { } value)
        {
            view.Copy(position, position + 2);
            return 2;
        }

        view.Append(value, position);
        return text[position + 1] == 'u' ? 6 : 2;
    }

    private static char? Hex(string text, int at)
    {
        if (at + 4 > text.Length)
        {
            return null;
        }

        var value = 0;
        for (var i = at; i < at + 4; i++)
        {
            var digit = text[i] switch
            {
                >= '0' and <= '9' => text[i] - '0',
                >= 'a' and <= 'f' => text[i] - 'a' + 10,
                >= 'A' and <= 'F' => text[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        return (char)value;
    }
}
