using RulesEngine.Core.Facts;
using RulesEngine.Core.Extraction.Redaction;

namespace RulesEngine.Core.Extraction.Http;

internal sealed partial class HttpErrorExtractor
{
    // How far after the status the target URL may be, on the same line.
    private const int MaxUrlDistance = 300;

    // Words on a status's line that show CPI's own HTTP client (CXF, a receiver adapter) making the call.
    private static readonly char[] _urlTrailers = ['.', ',', ';', ':', '!', '?', ')', '\'', '"'];
    private static readonly char[] _authorityEnds = ['/', '?', '#'];
    private static readonly string[] _outboundMarkers = ["communicating with", "org.apache.cxf", "HTTPException", "receiver", "Empfänger"];

    // The URL after "communicating with", "calling" or "URL:" on the same line, trailing punctuation and quotes removed, secrets redacted.
    private static string? UrlAfter(SourceText source, int from)
    {
        var text = source.Content;
        var lineEnd = source.LineEnd(source.LineOf(from));
        if (from >= lineEnd)
        {
            return null;
        }

        var window = text.AsSpan(from, Math.Min(lineEnd, from + MaxUrlDistance) - from);
        var match = HttpPatterns.BeforeUrl().EnumerateMatches(window);
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

        var url = text.AsSpan(start, end - start).TrimEnd(_urlTrailers).ToString();
        return url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? SecretRedactor.Redact(WithoutUserInfo(url))
            : null;
    }

    private static string WithoutUserInfo(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = url.IndexOfAny(_authorityEnds, schemeEnd);
        var at = url.LastIndexOf('@', authorityEnd < 0 ? url.Length - 1 : authorityEnd - 1);
        return at >= schemeEnd ? url[..schemeEnd] + url[(at + 1)..] : url;
    }

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.ToLowerInvariant()
            : null;

    // inbound: the call went to a CPI runtime host; outbound: to another host, from CPI's HTTP client; else unknown.
    private static string? DirectionOf(SourceText source, int start, string? host)
    {
        if (host is null)
        {
            return null;
        }

        if (IsCpiRuntimeHost(host))
        {
            return "inbound";
        }

        var line = source.LineOf(start);
        var lineStart = Math.Max(source.LineStart(line), start - Radius);
        var lineEnd = Math.Min(source.LineEnd(line), start + Radius + MaxUrlDistance);
        var context = source.Content.AsSpan(lineStart, lineEnd - lineStart);
        foreach (var marker in _outboundMarkers)
        {
            if (context.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return "outbound";
            }
        }

        return null;
    }

    /// <summary>True for a CPI runtime host, one with a label like <c>it-cpi018-rt</c> (<c>*.it-cpi*-rt.*</c>).</summary>
    internal static bool IsCpiRuntimeHost(string host) => HostTargets.Of(host) == HostTargets.CpiRuntime;
}
