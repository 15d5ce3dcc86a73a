using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

public static partial class SecretRedactor
{
    // A value longer than this is cut: the mask covers its start, which is all an excerpt could show.
    private const int MaxValueLength = 64 * 1024;

    // The JSON field "key" holds a private key in a service key; shorter values are names, not secrets.
    private const int MinKeyValueLength = 32;

    [GeneratedRegex(
        @"\b(?:client[_-]?secret|password|passwd|passphrase|pwd|secret|secret[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|api[_-]?key|private[_-]?key)['""]?[ \t]*[:=][ \t]*",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretField();

    [GeneratedRegex(@"""key""[ \t]*:[ \t]*""", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyField();

    private static void AddFields(string text, List<SecretSpan> spans)
    {
        foreach (var match in SecretField().EnumerateMatches(text))
        {
            var value = ReadValue(text, match.Index + match.Length);
            if (value.End > value.Start)
            {
                spans.Add(new SecretSpan(value.Start, value.End, Mask));
            }
        }

        foreach (var match in KeyField().EnumerateMatches(text))
        {
            var value = ReadValue(text, match.Index + match.Length - 1);
            if (LooksLikeKeyMaterial(text.AsSpan(value.Start, value.End - value.Start)))
            {
                spans.Add(new SecretSpan(value.Start, value.End, Mask));
            }
        }
    }

    // The value starting at start: the inside of a quoted string (to its unescaped closing quote or the line end),
    // or an unquoted value up to the line end or a separator (& , ; } ").
    private static (int Start, int End) ReadValue(string text, int start)
    {
        if (start >= text.Length)
        {
            return (start, start);
        }

        var limit = Math.Min(text.Length, start + MaxValueLength);
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
        while (end < limit && text[end] is not ('\r' or '\n' or '&' or ',' or ';' or '}' or '"'))
        {
            end++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool LooksLikeKeyMaterial(ReadOnlySpan<char> value)
    {
        if (value.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Length < MinKeyValueLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_' or '\\' || char.IsWhiteSpace(c)))
            {
                return false;
            }
        }

        return true;
    }
}
