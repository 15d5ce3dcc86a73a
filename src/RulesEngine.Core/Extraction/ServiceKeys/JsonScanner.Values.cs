namespace RulesEngine.Core.Extraction.ServiceKeys;

internal static partial class JsonScanner
{
    // Where the value at position ends: the closing quote of a string, the end of a literal; an object or array
    // gets its end when it closes (here: its opening brace + 1). -1 when no value starts there.
    private static int ValueEnd(string text, int position, int limit, out JsonNodeKind kind)
    {
        var c = text[position];
        switch (c)
        {
            case '{':
                kind = JsonNodeKind.Object;
                return position + 1;
            case '[':
                kind = JsonNodeKind.Array;
                return position + 1;
            case '"':
                kind = JsonNodeKind.String;
                return StringEnd(text, position + 1, limit);
            default:
                kind = JsonNodeKind.Literal;
                var end = position;
                while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '+' or '.'))
                {
                    end++;
                }

                return end > position ? end : -1;
        }
    }

    /// <summary>The offset of the closing quote of the string whose content starts at <paramref name="position"/>;
    /// -1 when a line break or the limit comes first (JSON strings hold no raw line breaks).</summary>
    private static int StringEnd(string text, int position, int limit)
    {
        while (position < limit)
        {
            switch (text[position])
            {
                case '"':
                    return position;
                case '\\':
                    position += 2;
                    break;
                case '\r' or '\n':
                    return -1;
                default:
                    position++;
                    break;
            }
        }

        return -1;
    }
}
