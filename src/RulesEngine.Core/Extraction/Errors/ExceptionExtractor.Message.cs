namespace RulesEngine.Core.Extraction.Errors;

internal sealed partial class ExceptionExtractor
{
    // Longest message kept.
    private const int MaxMessageLength = 1000;

    // Where a message gives way to the next link of a chain.
    private static readonly char[] _trailers = [',', ';', ':'];

    private static readonly string[] _causeMarkers = [", cause:", "; nested exception is"];

    // The text after ": " up to the end of the line, the next mention, or a cause marker; redacted; null when none.
    private static string? MessageAfter(SourceText source, int end, int next)
    {
        var text = source.Content;
        if (end >= text.Length || text[end] != ':')
        {
            return null;
        }

        var start = end + 1;
        var lineEnd = source.LineEnd(source.LineOf(start));
        var stop = Math.Min(Math.Min(lineEnd, next), start + MaxMessageLength);
        if (stop <= start)
        {
            return null;
        }

        foreach (var marker in _causeMarkers)
        {
            var at = text.AsSpan(start, stop - start).IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            stop = at >= 0 ? start + at : stop;
        }

        var message = source.Redact(start, stop).Trim().TrimEnd(_trailers).TrimEnd();
        return message.Length == 0 ? null : message;
    }
}
