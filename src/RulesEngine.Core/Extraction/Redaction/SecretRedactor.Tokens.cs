using System.Text;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

public static partial class SecretRedactor
{
    // A user name or password in a URL or a curl option longer than this is not one.
    private const int MaxUserInfoLength = 256;

    // "Basic xyz" outside an Authorization header is a credential only when xyz decodes to user:password of this length.
    private const int MinBasicCredentialsLength = 8;

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\s/?#@:'""<>]{1,256}:", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex UrlUserInfo();

    [GeneratedRegex(@"[ \t](?:-u|--user)[ \t]+['""]?[^\s:'""]{1,256}:", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex CurlUser();

    [GeneratedRegex(@"\b(?:Set-)?Cookie[ \t]*:[ \t]*", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieHeader();

    [GeneratedRegex(@"\bBasic[ \t]+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex BasicScheme();

    // JWTs anywhere; passwords in URLs (https://user:***@host) and curl -u user:***; cookie values; Basic credentials.
    private static void AddTokens(string text, List<SecretSpan> spans)
    {
        foreach (var match in Jwt().EnumerateMatches(text))
        {
            spans.Add(new SecretSpan(match.Index, match.Index + match.Length, Mask));
        }

        foreach (var match in UrlUserInfo().EnumerateMatches(text))
        {
            AddUntil(text, match.Index + match.Length, '@', spans);
        }

        foreach (var match in CurlUser().EnumerateMatches(text))
        {
            AddUntil(text, match.Index + match.Length, '\0', spans);
        }

        foreach (var match in CookieHeader().EnumerateMatches(text))
        {
            var start = match.Index + match.Length;
            var end = text.AsSpan(start, Math.Min(MaxValueLength, text.Length - start)).IndexOfAny('\r', '\n');
            end = end < 0 ? Math.Min(text.Length, start + MaxValueLength) : start + end;
            if (end > start)
            {
                spans.Add(new SecretSpan(start, end, Mask));
            }
        }

        foreach (var match in BasicScheme().EnumerateMatches(text))
        {
            var start = match.Index + match.Length;
            var end = start;
            while (end < text.Length && end - start < MaxUserInfoLength && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '+' or '/' or '='))
            {
                end++;
            }

            if (IsBasicCredentials(text.AsSpan(start, end - start)))
            {
                spans.Add(new SecretSpan(start, end, Mask));
            }
        }
    }

    // Masks from start to the terminator (exclusive); with '\0', to the first whitespace or quote. Nothing when the
    // terminator does not come before whitespace, a quote or a path.
    private static void AddUntil(string text, int start, char terminator, List<SecretSpan> spans)
    {
        var end = start;
        while (end < text.Length && end - start < MaxUserInfoLength && !char.IsWhiteSpace(text[end])
               && text[end] is not ('\'' or '"' or '/' or '<' or '>') && text[end] != terminator)
        {
            end++;
        }

        var terminated = terminator == '\0' || (end < text.Length && text[end] == terminator);
        if (terminated && end > start)
        {
            spans.Add(new SecretSpan(start, end, Mask));
        }
    }

    private static bool IsBasicCredentials(ReadOnlySpan<char> value)
    {
        if (value.Length < MinBasicCredentialsLength || value.Length % 4 != 0)
        {
            return false;
        }

        var bytes = new byte[value.Length / 4 * 3];
        return Convert.TryFromBase64Chars(value, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written) is var decoded
            && decoded.Contains(':', StringComparison.Ordinal)
            && !decoded.Any(char.IsControl);
    }
}
