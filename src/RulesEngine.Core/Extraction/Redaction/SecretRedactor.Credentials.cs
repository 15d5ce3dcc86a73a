using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

public static partial class SecretRedactor
{
    // A bare "Bearer xyz" outside an Authorization header is a token only when it is this long.
    private const int MinBearerTokenLength = 12;

    [GeneratedRegex(
        @"\bAuthorization['""]?[ \t]*[:=][ \t]*['""]?(?:(?:Basic|Bearer|Digest|Negotiate|NTLM)[ \t]+)?",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"\bBearer[ \t]+", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerScheme();

    private static void AddCredentials(string text, List<SecretSpan> spans)
    {
        foreach (var match in AuthorizationHeader().EnumerateMatches(text))
        {
            var start = match.Index + match.Length;
            var end = start;
            while (end < text.Length && end - start < MaxValueLength
                   && text[end] is not ('\r' or '\n' or '"' or '\''))
            {
                end++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                spans.Add(new SecretSpan(start, end, Mask));
            }
        }

        foreach (var match in BearerScheme().EnumerateMatches(text))
        {
            var start = match.Index + match.Length;
            var end = start;
            while (end < text.Length && end - start < MaxValueLength && IsTokenChar(text[end]))
            {
                end++;
            }

            if (end - start >= MinBearerTokenLength)
            {
                spans.Add(new SecretSpan(start, end, Mask));
            }
        }
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/' or '=';
}
