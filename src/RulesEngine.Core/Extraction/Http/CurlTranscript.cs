namespace RulesEngine.Core.Extraction.Http;

/// <summary>Reads the request of a <c>curl -v</c> transcript: for the status line <c>&lt; HTTP/1.1 401 Unauthorized</c>, the
/// request line <c>&gt; POST /http/wfm/punches HTTP/1.1</c> and the <c>&gt; Host:</c> header above it give the URL.</summary>
internal static class CurlTranscript
{
    // How many lines above the status line the request may start (headers, a request body, TLS lines between).
    private const int MaxLinesBack = 200;

    private static readonly string[] _methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>The URL of the request answered by the curl status line holding <paramref name="offset"/>; null when that
    /// line is no curl response line or no request with a Host header is above it.</summary>
    public static string? UrlAt(SourceText source, int offset)
    {
        var line = source.LineOf(offset);
        if (!Marked(source, line, '<', out var status) || !status.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? host = null;
        for (var above = line - 1; above >= 0 && line - above <= MaxLinesBack; above--)
        {
            if (Marked(source, above, '>', out var sent))
            {
                if (sent.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))
                {
                    host = sent[5..].Trim().ToString();
                }
                else if (PathOf(sent) is { } path)
                {
                    return host is { Length: > 0 } && !host.Contains(' ', StringComparison.Ordinal)
                        ? SchemeAbove(source, above) + "://" + host + path
                        : null;
                }
            }
            else if (Marked(source, above, '<', out var earlier) && earlier.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
                     && !IsInterim(earlier))
            {
                return null; // the answer to an earlier request: this one's request line is missing
            }
        }

        return null;
    }

    // "http" when curl's "* Connected to … port 80" line above the request says so; else "https".
    private static string SchemeAbove(SourceText source, int requestLine)
    {
        for (var above = requestLine - 1; above >= 0 && requestLine - above <= MaxLinesBack; above--)
        {
            if (Marked(source, above, '<', out _))
            {
                break; // an earlier exchange
            }

            if (Marked(source, above, '*', out var note) && note.StartsWith("Connected to", StringComparison.OrdinalIgnoreCase))
            {
                return note.EndsWith("port 80", StringComparison.Ordinal) || note.Contains("port 80 ", StringComparison.Ordinal) ? "http" : "https";
            }
        }

        return "https";
    }

    // "> POST /path HTTP/1.1": the path (absolute-form "GET https://…" is taken as it is).
    private static string? PathOf(ReadOnlySpan<char> request)
    {
        var space = request.IndexOf(' ');
        if (space <= 0 || !_methods.Contains(request[..space].ToString(), StringComparer.Ordinal))
        {
            return null;
        }

        var rest = request[(space + 1)..].TrimStart();
        var end = rest.IndexOf(' ');
        var target = end < 0 ? rest : rest[..end];
        return target.StartsWith("/") ? target.ToString() : null;
    }

    // "< HTTP/1.1 100 Continue" comes before the real answer to the same request.
    private static bool IsInterim(ReadOnlySpan<char> status)
    {
        var space = status.IndexOf(' ');
        return space > 0 && status[(space + 1)..].TrimStart().StartsWith("1");
    }

    // The line's text after a leading curl marker ('<', '>' or '*') and one space.
    private static bool Marked(SourceText source, int line, char marker, out ReadOnlySpan<char> rest)
    {
        var text = source.Content.AsSpan(source.LineStart(line), source.LineEnd(line) - source.LineStart(line)).TrimStart();
        rest = text.Length > 1 && text[0] == marker && text[1] == ' ' ? text[2..].Trim() : [];
        return !rest.IsEmpty;
    }
}
