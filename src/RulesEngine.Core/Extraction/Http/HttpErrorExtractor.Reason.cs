namespace RulesEngine.Core.Extraction.Http;

internal sealed partial class HttpErrorExtractor
{
    // Longest free-text reason kept ("HTTP error 403 - CSRF token validation failed").
    private const int MaxFreeReasonLength = 80;

    // What may stand between a status and its reason.
    private static readonly char[] _separators = [' ', '\t', ':', '-', '(', '\u2013', '\u2014'];

    private static string ReasonOf(string text, int afterDigits, int end) =>
        text.AsSpan(afterDigits, end - afterDigits).TrimStart(_separators).ToString();

    // After a status without a standard phrase, " - text" or ": text" up to the end of the clause is its reason.
    private static string? FreeReason(SourceText source, int afterDigits, out int end)
    {
        var text = source.Content;
        var lineEnd = source.LineEnd(source.LineOf(afterDigits - 1));
        end = afterDigits;
        var position = afterDigits;
        while (position < lineEnd && text[position] is ' ' or '\t')
        {
            position++;
        }

        if (position >= lineEnd || text[position] is not (':' or '-' or '\u2013' or '\u2014')
            || position + 1 >= lineEnd || text[position + 1] is not (' ' or '\t'))
        {
            return null;
        }

        var start = position + 1;
        while (start < lineEnd && text[start] is ' ' or '\t')
        {
            start++;
        }

        if (start >= lineEnd || !char.IsLetter(text[start]))
        {
            return null;
        }

        var stop = start;
        while (stop < lineEnd && stop - start < MaxFreeReasonLength && text[stop] is not ('.' or ',' or ';' or '\'' or '"' or '<' or '>' or '(' or ')' or '[' or ']'))
        {
            stop++;
        }

        end = stop;
        var reason = source.Redact(start, stop).TrimEnd();
        return reason.Length == 0 ? null : reason;
    }
}
