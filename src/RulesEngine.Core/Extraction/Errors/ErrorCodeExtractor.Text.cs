using System.Buffers;

namespace RulesEngine.Core.Extraction.Errors;

internal sealed partial class ErrorCodeExtractor
{
    // Longest code word looked at.
    private const int MaxCodeLength = 64;

    private static readonly SearchValues<char> _codeChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");

    // "LGN0010", "AUTH0032", "COE_GENERAL_FORBIDDEN", "FAILED_AUTHENTICATION" as a whole word; a message after ':' or " - ".
    private static void ReadWord(FoundErrorCodes found, int start)
    {
        var text = found.Text;
        if (start > 0 && IsWordChar(text[start - 1]))
        {
            return;
        }

        var end = start;
        while (end < text.Length && end - start < MaxCodeLength && (char.IsAsciiLetterUpper(text[end]) || char.IsAsciiDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        if ((end < text.Length && char.IsAsciiLetterOrDigit(text[end])) || !IsSuccessFactorsCode(text.AsSpan(start, end - start)))
        {
            return;
        }

        var bracketed = start > 0 && text[start - 1] == '[' && end < text.Length && text[end] == ']';
        found.Add(start, text[start..end], MessageAfter(found.Source, bracketed ? end + 1 : end, needsSeparator: !bracketed), "text");
    }

    // "[COE0020]User … doesn't have …": any three or four capitals and four digits in brackets; the message follows.
    private static void ReadBracketed(FoundErrorCodes found, int bracket)
    {
        var text = found.Text;
        var start = bracket + 1;
        var letters = 0;
        while (start + letters < text.Length && letters < 5 && char.IsAsciiLetterUpper(text[start + letters]))
        {
            letters++;
        }

        var close = start + letters + 4;
        if (letters is < 3 or > 4 || close >= text.Length || text[close] != ']'
            || text.AsSpan(start + letters, 4).ContainsAnyExceptInRange('0', '9'))
        {
            return;
        }

        found.Add(start, text[start..close], MessageAfter(found.Source, close + 1, needsSeparator: false), "text");
    }

    // "Attempted login from unauthorized ip 10.1.2.3 (status code = 8)": code "8", the message is the clause before.
    private static void ReadStatusCode(FoundErrorCodes found, int paren, int afterKeyword)
    {
        var text = found.Text;
        var position = SkipBlanks(text, afterKeyword);
        if (position >= text.Length || text[position] != '=')
        {
            return;
        }

        var digits = SkipBlanks(text, position + 1);
        var end = digits;
        while (end < text.Length && end - digits < 4 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == digits || SkipBlanks(text, end) >= text.Length || text[SkipBlanks(text, end)] != ')')
        {
            return;
        }

        found.Add(digits, text[digits..end], MessageBefore(found.Source, paren), "text");
    }

    // "invalid_client" as a whole word; a message after ':' or " - ".
    private static void ReadOAuth(FoundErrorCodes found, int start, int end)
    {
        var text = found.Text;
        if ((start > 0 && IsWordChar(text[start - 1])) || (end < text.Length && IsWordChar(text[end])))
        {
            return;
        }

        found.Add(start, text[start..end], MessageAfter(found.Source, end, needsSeparator: true), "text");
    }

    // SuccessFactors codes: three or four capitals and four digits, or capitals joined by underscores.
    private static bool IsSuccessFactorsCode(ReadOnlySpan<char> word)
    {
        var letters = word.IndexOfAnyExceptInRange('A', 'Z');
        if (letters is 3 or 4 && word.Length == letters + 4 && !word[letters..].ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        return letters > 0 && word[^1] != '_' && !word.Contains("__", StringComparison.Ordinal)
            && !word.ContainsAnyExcept(_codeChars);
    }
}
