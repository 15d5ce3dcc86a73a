using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // Windows for the curl and cookie expressions (see StemWindows): an option, user name and colon; "Set-", the
    // name, spaces and the colon.
    private const int CurlWindowLength = 8 + MaxUserInfoLength + 2;
    private const int CookieLead = 5;
    private const int CookieTrail = 64;

    private static readonly SearchValues<string> _curlUserOptions = SearchValues.Create([" -u", "\t-u", " --user", "\t--user"], StringComparison.Ordinal);
    private static readonly SearchValues<string> _cookie = SearchValues.Create(["cookie"], StringComparison.OrdinalIgnoreCase);

    // "Basic xyz" outside an Authorization header is a credential only when xyz decodes to user:password of this length.
    private const int MinBasicCredentialsLength = 8;

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"[ \t](?:-u|--user)[ \t]+['""]?[^\s:'""]{1,256}:", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex CurlUser();

    [GeneratedRegex(@"\b(?:Set-)?Cookie[ \t]*:[ \t]*", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieHeader();

    [GeneratedRegex(@"\bBasic[ \t]+", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex BasicScheme();

    // JWTs anywhere; passwords in curl -u user:***; cookie values; Basic credentials.
    private static void AddTokens(string text, List<SecretSpan> spans)
    {
        foreach (var match in Jwt().EnumerateMatches(text))
        {
            spans.Add(new SecretSpan(match.Index, match.Index + match.Length, Mask));
        }

        foreach (var (windowStart, windowEnd) in StemWindows(text, _curlUserOptions, 1, CurlWindowLength))
        {
            foreach (var match in CurlUser().EnumerateMatches(text.AsSpan(windowStart, windowEnd - windowStart)))
            {
                AddToWhiteSpace(text, windowStart + match.Index + match.Length, spans);
            }
        }

        var covered = 0;
        foreach (var (windowStart, windowEnd) in StemWindows(text, _cookie, CookieLead, CookieTrail))
        {
            foreach (var match in CookieHeader().EnumerateMatches(text.AsSpan(windowStart, windowEnd - windowStart)))
            {
                if (windowStart + match.Index < covered)
                {
                    continue; // "Cookie: Cookie: ..." is one value
                }

                covered = AddCookie(text, windowStart + match.Index + match.Length, spans);
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

    // The cookie header's value, to the line end; returns where the mask ends.
    private static int AddCookie(string text, int start, List<SecretSpan> spans)
    {
        var end = text.AsSpan(start, Math.Min(MaxValueLength, text.Length - start)).IndexOfAny('\r', '\n');
        end = end < 0 ? Math.Min(text.Length, start + MaxValueLength) : start + end;
        if (end > start)
        {
            spans.Add(new SecretSpan(start, end, Mask));
        }

        return end;
    }

    // Masks from start to the first whitespace or quote (curl -u user:***).
    private static void AddToWhiteSpace(string text, int start, List<SecretSpan> spans)
    {
        var end = start;
        while (end < text.Length && end - start < MaxUserInfoLength && !char.IsWhiteSpace(text[end])
               && text[end] is not ('\'' or '"' or '<' or '>'))
        {
            end++;
        }

        if (end > start)
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
