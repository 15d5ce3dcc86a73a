using System.Buffers;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // A URL's user name or password longer than this is not one.
    private const int MaxUserInfoLength = 256;

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\s/?#@:'""<>]{1,256}:", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex UrlUserInfo();

    private static readonly SearchValues<string> _schemeSeparator = SearchValues.Create(["://"], StringComparison.Ordinal);

    // A window of the user-info regex: the scheme (and the character before it, for \b) before ://, a user name after.
    private const int UrlSchemeLead = 18;
    private const int UrlUserLength = 3 + MaxUserInfoLength + 1;

    // Where a URL's password can end at the latest: the URL ends there.
    private static readonly SearchValues<char> _urlEnds = SearchValues.Create(" \t\r\n'\"<>");
    private static readonly SearchValues<char> _atOrUrlEnds = SearchValues.Create("@ \t\r\n'\"<>");

    // https://user:***@host: the password runs to the last @ of the URL (bounded), so one holding @ or / is masked
    // whole. "https://host:8443/path@x" has a port, not a password.
    private static void AddUserInfo(string text, List<SecretSpan> spans)
    {
        var covered = 0;
        var nextAtOrEnd = -1;
        foreach (var (windowStart, windowEnd) in StemWindows(text, _schemeSeparator, UrlSchemeLead, UrlUserLength))
        {
            foreach (var match in UrlUserInfo().EnumerateMatches(text.AsSpan(windowStart, windowEnd - windowStart)))
            {
                var start = windowStart + match.Index + match.Length;
                if (windowStart + match.Index < covered)
                {
                    continue;
                }

                // The next @ or URL end is found once for all the matches before it, so "https://a:" repeated stays linear.
                if (nextAtOrEnd < start)
                {
                    var found = text.AsSpan(start).IndexOfAny(_atOrUrlEnds);
                    nextAtOrEnd = found < 0 ? text.Length : start + found;
                }

                if (nextAtOrEnd - start >= MaxUserInfoLength || nextAtOrEnd == text.Length || text[nextAtOrEnd] != '@')
                {
                    continue;
                }

                var window = text.AsSpan(start, Math.Min(MaxUserInfoLength, text.Length - start));
                var urlEnd = window.IndexOfAny(_urlEnds);
                var password = window[..(urlEnd < 0 ? window.Length : urlEnd)];
                var at = password.LastIndexOf('@');
                if (at > 0 && !IsPort(password[..at]))
                {
                    spans.Add(new SecretSpan(start, start + at, Mask));
                    covered = start + at;
                }
            }
        }
    }

    // Digits ending at a path, query or fragment: host:port/...
    private static bool IsPort(ReadOnlySpan<char> userInfo)
    {
        var digits = 0;
        while (digits < userInfo.Length && char.IsAsciiDigit(userInfo[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < userInfo.Length && userInfo[digits] is '/' or '?' or '#';
    }
}
