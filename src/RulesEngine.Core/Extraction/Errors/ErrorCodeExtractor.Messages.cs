using System.Buffers;

namespace RulesEngine.Core.Extraction.Errors;

internal sealed partial class ErrorCodeExtractor
{
    // Longest message kept.
    private const int MaxMessageLength = 300;

    private static readonly char[] _trailers = [',', ';', '\\'];
    private static readonly SearchValues<char> _clauseStarts = SearchValues.Create("\"'<>{}[]");

    // The rest of the line after the code (up to a quote or tag), after ']', ':', '=' or " - " when a separator is needed.
    private static string? MessageAfter(SourceText source, int position, bool needsSeparator)
    {
        var text = source.Content;
        position = SkipBlanks(text, position);
        if (position < text.Length && text[position] is ':' or '=' or '-' or '\u2013')
        {
            position = SkipBlanks(text, position + 1);
        }
        else if (needsSeparator)
        {
            return null;
        }

        var stop = position;
        while (stop < text.Length && stop - position < MaxMessageLength && text[stop] is not ('\r' or '\n' or '"' or '<'))
        {
            stop++;
        }

        return Clean(source.Redact(position, stop));
    }

    // The clause before 'end' on its line: after the last quote or tag, without a leading "FAILED_AUTHENTICATION:".
    private static string? MessageBefore(SourceText source, int end)
    {
        var text = source.Content;
        var lineStart = source.LineStart(source.LineOf(end));
        var start = Math.Max(lineStart, end - MaxMessageLength);
        var cut = text.AsSpan(start, end - start).LastIndexOfAny(_clauseStarts);
        start = cut < 0 ? start : start + cut + 1;
        var message = source.Redact(start, end).Trim();
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && IsSuccessFactorsCode(message.AsSpan(0, colon)))
        {
            message = message[(colon + 1)..];
        }

        return Clean(message);
    }

    private static string? Clean(string message)
    {
        var trimmed = message.Trim().TrimEnd(_trailers).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static int SkipBlanks(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
