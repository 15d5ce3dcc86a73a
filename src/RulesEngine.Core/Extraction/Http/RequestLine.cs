using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Http;

/// <summary>Reads the request a status answers from a request line above it or before it on its line: Postman's console
/// (<c>POST https://…/http/wfm/punches</c> over <c>Status: 401 Unauthorized</c>), an HTTP client file, or a curl command.</summary>
internal static partial class RequestLine
{
    // How many lines above the status the request line may be (Postman prints headers between).
    private const int MaxLinesBack = 12;

    // How far back on the status's own line the request line may start.
    private const int MaxLineLead = 400;

    [GeneratedRegex(
        @"(?:\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+|\bcurl\b[^\r\n]{0,200}?[ \t]['""]?)(?<url>https?://[^\s'""<>]+)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    /// <summary>The URL of the nearest request line before <paramref name="offset"/> (on its line, or a few lines above); null when there is none.</summary>
    public static string? UrlBefore(SourceText source, int offset)
    {
        var line = source.LineOf(offset);
        var lineStart = Math.Max(source.LineStart(line), offset - MaxLineLead);
        if (Last(source.Content.AsSpan(lineStart, offset - lineStart)) is { } same)
        {
            return same;
        }

        for (var above = line - 1; above >= 0 && line - above <= MaxLinesBack; above--)
        {
            var start = source.LineStart(above);
            var text = source.Content.AsSpan(start, Math.Min(source.LineEnd(above) - start, MaxLineLead));
            if (Last(text) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private static string? Last(ReadOnlySpan<char> text)
    {
        string? url = null;
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            return null; // most lines: no regex
        }

        foreach (var match in Request().EnumerateMatches(text))
        {
            var found = text.Slice(match.Index, match.Length);
            url = found[found.IndexOf("http", StringComparison.OrdinalIgnoreCase)..].TrimEnd(".,;:)!?").ToString();
        }

        return url;
    }
}
