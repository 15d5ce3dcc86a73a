namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // A word after a prose verb or in a table cell longer than this is not one word.
    private const int MaxWordLength = 256;

    private static readonly System.Buffers.SearchValues<char> _closingQuotes = System.Buffers.SearchValues.Create("\"'”“»\r\n");

    // The value starting at start: the inside of a quoted string (to its unescaped closing quote or the line end;
    // also \"...\" inside a JSON string), or an unquoted value up to the line end or a separator (& %26 , ; } ").
    private static (int Start, int End) ReadValue(string text, int start)
    {
        if (start >= text.Length)
        {
            return (start, start);
        }

        var limit = Math.Min(text.Length, start + MaxValueLength);
        if (text[start] == '\\' && start + 1 < limit && text[start + 1] is '"' or '\'')
        {
            // Walk from backslash to backslash, so the scan never goes past the value it masks.
            var escapedQuote = text[start + 1];
            var position = start + 2;
            while (position < limit)
            {
                var next = text.AsSpan(position, limit - position).IndexOfAny('\\', '\r', '\n');
                position = next < 0 ? limit : position + next;
                if (next < 0 || text[position] != '\\' || (position + 1 < limit && text[position + 1] == escapedQuote))
                {
                    break;
                }

                position += 2;
            }

            return (start + 2, Math.Min(position, limit));
        }

        var quote = text[start];
        if (quote is '"' or '\'')
        {
            var position = start + 1;
            while (position < limit && text[position] != quote && text[position] is not ('\r' or '\n'))
            {
                position += text[position] == '\\' ? 2 : 1;
            }

            return (start + 1, Math.Min(position, limit));
        }

        var end = start;
        while (end < limit && text[end] is not ('\r' or '\n' or '&' or ',' or ';' or '}' or '"') && !IsEncodedAmpersand(text, end))
        {
            end++;
        }

        return (start, TrimEndWhiteSpace(text, start, end));
    }

    // The content of <password>...</password>: up to the next tag or the line end, or a CDATA section's content.
    private static (int Start, int End) ReadElementValue(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxValueLength);
        var window = text.AsSpan(start, limit - start);
        if (window.StartsWith("<![CDATA["))
        {
            var close = window.IndexOf("]]>");
            return (start + 9, close < 0 ? limit : start + close);
        }

        var stop = window.IndexOfAny('<', '\r', '\n');
        var end = stop < 0 ? limit : start + stop;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, TrimEndWhiteSpace(text, start, end));
    }

    // %26 ends a value in a URL-encoded form body.
    private static bool IsEncodedAmpersand(string text, int at) =>
        text[at] == '%' && at + 2 < text.Length && text[at + 1] == '2' && text[at + 2] == '6';

    // One word after a prose verb or in a table cell: a quoted string, or a run up to whitespace or a cell border,
    // without trailing sentence punctuation.
    private static (int Start, int End, bool Quoted) ReadWord(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxWordLength);
        if (start < limit && text[start] is '"' or '\'' or '“' or '„' or '«')
        {
            var close = text.AsSpan(start + 1, limit - start - 1).IndexOfAny(_closingQuotes);
            return close <= 0 ? (start, start, false) : (start + 1, start + 1 + close, true);
        }

        var end = start;
        while (end < limit && !char.IsWhiteSpace(text[end]) && text[end] != '|')
        {
            end++;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '\'')
        {
            end--;
        }

        return (start, end, false);
    }

    private static int TrimEndWhiteSpace(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
