using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Mail;

internal static partial class MailThreadReader
{
    // Lines around a curl '> ' line searched for the transcript's '<' or '*' lines.
    private const int CurlReach = 12;

    // Spaces allowed before or between quote markers.
    private const int MaxMarkerIndent = 3;

    // Each line with its quote depth; a curl transcript's own '> ' marker is content, not a quote marker.
    private static MailLine[] ReadLines(SourceText source)
    {
        var text = source.Content;
        var lines = new MailLine[source.LineCount];
        var before = new int[lines.Length]; // where the text after all markers but the last starts
        for (var i = 0; i < lines.Length; i++)
        {
            var (start, end) = (source.LineStart(i), source.LineEnd(i));
            var (depth, after, prefixBefore) = (0, start, start);
            for (var at = start; ; )
            {
                var marker = at;
                while (marker < end && marker - at < MaxMarkerIndent && text[marker] is ' ' or '\t')
                {
                    marker++;
                }

                if (marker >= end || text[marker] != '>')
                {
                    break;
                }

                depth++;
                prefixBefore = after;
                at = marker + 1;
                after = at < end && text[at] == ' ' ? at + 1 : at;
                at = after;
            }

            lines[i] = new MailLine(start, after, end, depth);
            before[i] = prefixBefore;
        }

        MarkCurl(text, lines, before);
        return lines;
    }

    // A '> ' line whose text is an HTTP request line, with a '<' or '*' line of the same transcript nearby, is curl -v
    // output: its last marker is curl's. So are the header lines and the bare '>' (the end of the headers) that follow it.
    private static void MarkCurl(string text, MailLine[] lines, int[] before)
    {
        var curl = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Depth == 0)
            {
                continue;
            }

            var content = text.AsSpan(line.ContentStart, line.ContentLength);
            var continues = i > 0 && curl[i - 1] && lines[i - 1].Depth == line.Depth;
            curl[i] = RequestLine().IsMatch(content)
                ? HasCurlResponseNear(text, lines, i, line.Depth - 1)
                : continues && (content.IsWhiteSpace() || HeaderLine().IsMatch(content));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (curl[i])
            {
                lines[i] = lines[i] with { ContentStart = before[i], Depth = lines[i].Depth - 1 };
            }
        }
    }

    // A line quoted 'depth' deep whose text starts with curl's '< ' (response) or '* ' (connection) marker.
    private static bool HasCurlResponseNear(string text, MailLine[] lines, int index, int depth)
    {
        for (var j = Math.Max(0, index - CurlReach); j < Math.Min(lines.Length, index + CurlReach + 1); j++)
        {
            var line = lines[j];
            if (line.Depth == depth && line.ContentLength > 1
                && text[line.ContentStart] is '<' or '*' && text[line.ContentStart + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT)\s+\S+\s+HTTP/\d", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]{0,60}:(?:\s|$)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();
}
