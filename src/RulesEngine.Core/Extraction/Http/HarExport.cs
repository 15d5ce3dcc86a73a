namespace RulesEngine.Core.Extraction.Http;

/// <summary>Reads the request of a HAR export (or a snippet of one): for <c>"status": 401</c> inside an entry's
/// <c>"response"</c>, the <c>"url"</c> of the entry's <c>"request"</c> before it.</summary>
/// <remarks>Read as text, not parsed: a pasted snippet is seldom whole JSON.</remarks>
internal static class HarExport
{
    // How far before the status the entry's request may start (headers, cookies, a posted body).
    private const int MaxDistance = 64 * 1024;

    // How far before the status its response object opens ("status" is its first member, or nearly).
    private const int MaxResponseDistance = 512;

    private const string Request = "\"request\"";
    private const string Response = "\"response\"";
    private const string Url = "\"url\"";

    /// <summary>The request URL of the HAR entry whose response holds the status at <paramref name="offset"/>; null otherwise.</summary>
    public static string? UrlAt(SourceText source, int offset)
    {
        var text = source.Content;
        var near = Math.Max(0, offset - MaxResponseDistance);
        if (!text.AsSpan(near, offset - near).Contains(Response, StringComparison.Ordinal))
        {
            return null; // the only test most statuses meet: no response object opens just before them
        }

        var from = Math.Max(0, offset - MaxDistance);
        var window = text.AsSpan(from, offset - from);
        var response = window.LastIndexOf(Response, StringComparison.Ordinal);
        var request = window[..response].LastIndexOf(Request, StringComparison.Ordinal);
        if (request < 0 || window[(response + Response.Length)..].Contains(Request, StringComparison.Ordinal))
        {
            return null;
        }

        var inRequest = window[request..response];
        var url = inRequest.IndexOf(Url, StringComparison.Ordinal);
        return url < 0 ? null : StringValue(inRequest[(url + Url.Length)..]);
    }

    // The string after ':' with the \/ escapes JSON writers put in URLs undone; null unless it is an absolute URL.
    private static string? StringValue(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" \t\r\n");
        if (rest.IsEmpty || rest[0] != ':')
        {
            return null;
        }

        rest = rest[1..].TrimStart(" \t\r\n");
        if (rest.IsEmpty || rest[0] != '"')
        {
            return null;
        }

        rest = rest[1..];
        var end = rest.IndexOfAny('"', '\n');
        var value = (end < 0 ? rest : rest[..end]).ToString().Replace("\\/", "/", StringComparison.Ordinal);
        return value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? value
            : null;
    }
}
