using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // A bare "Bearer xyz" outside an Authorization header is a token only when it is this long.
    private const int MinBearerTokenLength = 12;

    // An Authorization value without a scheme is a credential only when it is one word this long.
    private const int MinSchemelessCredentialLength = 8;

    // Also Proxy-Authorization; a JSON key's closing quote, escaped or not, may come before the separator.
    [GeneratedRegex(
        @"\bAuthorization\\?['""]?[ \t]*[:=：＝][ \t]*\\?['""]?",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"\bBearer[ \t]+", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerScheme();

    private static readonly string[] _authorizationSchemes =
        ["Basic", "Bearer", "Digest", "Negotiate", "NTLM", "AWS4-HMAC-SHA256", "SharedKey", "Token", "OAuth", "Hawk", "HMAC", "SAML"];

    private static void AddCredentials(string text, List<SecretSpan> spans)
    {
        var covered = 0;
        foreach (var match in AuthorizationHeader().EnumerateMatches(text))
        {
            if (match.Index < covered)
            {
                continue;
            }

            var value = AuthorizationValue(text, match.Index + match.Length);
            if (value.End > value.Start)
            {
                spans.Add(new SecretSpan(value.Start, value.End, Mask));
                covered = value.End;
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

    // After a known scheme (or a scheme-like word and a long credential), the rest of the header value; else one long
    // credential word. "Authorization = User Role" (a channel's setting, not a header) is neither.
    private static (int Start, int End) AuthorizationValue(string text, int start)
    {
        if (IsSettingValue(text, start))
        {
            return (start, start);
        }

        var first = WordEnd(text, start);
        var firstWord = text.AsSpan(start, first - start);
        var afterGap = first;
        while (afterGap < text.Length && afterGap - first < MaxWordLength && text[afterGap] is ' ' or '\t')
        {
            afterGap++;
        }

        var second = WordEnd(text, afterGap);
        var isScheme = IsOneOf(firstWord, _authorizationSchemes);
        if (isScheme || (afterGap > first && IsLetters(firstWord)
                          && second - afterGap >= MinSchemelessCredentialLength && LooksLikeSecret(text.AsSpan(afterGap, second - afterGap))))
        {
            var end = afterGap;
            while (end < text.Length && end - afterGap < MaxValueLength && text[end] is not ('\r' or '\n' or '"' or '\''))
            {
                end++;
            }

            return (afterGap, TrimEndWhiteSpace(text, afterGap, end));
        }

        return first - start >= MinSchemelessCredentialLength && LooksLikeSecret(firstWord) ? (start, first) : (start, start);
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < MaxWordLength && IsTokenChar(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/' or '=';
}
