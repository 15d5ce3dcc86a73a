using System.Globalization;
using RulesEngine.Core.Extraction.Redaction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Http;

/// <summary>Finds HTTP statuses written in an HTTP context (reason phrase, "HTTP", "status code", "response code").</summary>
internal sealed class HttpErrorExtractor : ITextExtractor
{
    // How far after the status the target URL may be, on the same line.
    private const int MaxUrlDistance = 300;

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = [];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;

        // One status, keyed by the offset of its digits, may be matched by both patterns; keep the earliest start.
        var starts = new SortedDictionary<int, int>();
        foreach (var match in HttpPatterns.StatusAfterContext().EnumerateMatches(text))
        {
            var digits = match.Index + match.Length - 3;
            starts[digits] = Math.Min(match.Index, starts.GetValueOrDefault(digits, int.MaxValue));
        }

        var reasons = new Dictionary<int, int>();
        foreach (var match in HttpPatterns.StatusWithReason().EnumerateMatches(text))
        {
            reasons[match.Index] = match.Index + match.Length;
            starts[match.Index] = Math.Min(match.Index, starts.GetValueOrDefault(match.Index, int.MaxValue));
        }

        foreach (var (digits, start) in starts)
        {
            var status = int.Parse(text.AsSpan(digits, 3), CultureInfo.InvariantCulture);
            var end = reasons.GetValueOrDefault(digits, digits + 3);
            var reason = reasons.ContainsKey(digits) ? ReasonOf(text, digits + 3, end) : null;
            var url = UrlAfter(source, end);
            var error = new HttpError(status, reason, url, HostOf(url)) { Evidence = source.EvidenceAt(start) };
            facts.Add(new LocatedFact(start, error));
        }
    }

    private static string ReasonOf(string text, int afterDigits, int end) =>
        text[afterDigits..end].TrimStart(' ', '\t', ':', '-', '\u2013', '\u2014');

    // The URL after "communicating with" on the same line, trailing punctuation and quotes removed, secrets redacted.
    private static string? UrlAfter(SourceText source, int from)
    {
        var text = source.Content;
        var lineEnd = source.LineEnd(source.LineOf(from));
        var window = text.AsSpan(from, Math.Min(lineEnd, from + MaxUrlDistance) - from);
        var match = HttpPatterns.CommunicatingWith().EnumerateMatches(window);
        if (!match.MoveNext())
        {
            return null;
        }

        var start = from + match.Current.Index + match.Current.Length;
        while (start < lineEnd && text[start] is '\'' or '"' or '[' or '<' or '(')
        {
            start++;
        }

        var end = start;
        while (end < lineEnd && !char.IsWhiteSpace(text[end]) && text[end] is not ('\'' or '"' or '<' or '>' or ']'))
        {
            end++;
        }

        var url = text[start..end].TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
        return url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? SecretRedactor.Redact(WithoutUserInfo(url))
            : null;
    }

    private static string WithoutUserInfo(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], schemeEnd);
        var at = url.LastIndexOf('@', authorityEnd < 0 ? url.Length - 1 : authorityEnd - 1);
        return at >= schemeEnd ? url[..schemeEnd] + url[(at + 1)..] : url;
    }

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.ToLowerInvariant()
            : null;
}
