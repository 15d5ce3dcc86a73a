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
        for (var i = 0; i < lines.Length; i++)
        {
            var (start, end) = (source.LineStart(i), source.LineEnd(i));
            var (depth, after) = Markers(text, start, end, int.MaxValue);
            lines[i] = new MailLine(start, after, end, depth);
        }

        MarkCurl(text, lines);
        return lines;
    }

    // How many quote markers (at most 'limit') the line from 'start' to 'end' begins with, and where its text after them starts.
    private static (int Depth, int After) Markers(string text, int start, int end, int limit)
    {
        var (depth, after) = (0, start);
        while (depth < limit)
        {
            var marker = after;
            while (marker < end && marker - after < MaxMarkerIndent && text[marker] is ' ' or '\t')
            {
                marker++;
            }

            if (marker >= end || text[marker] != '>')
            {
                break;
            }

            depth++;
            after = marker + 1 < end && text[marker + 1] == ' ' ? marker + 2 : marker + 1;
        }

        return (depth, after);
    }

    // A '> ' line whose text is an HTTP request line, with a '<' or '*' line of the same transcript nearby, is curl -v
    // output (or a wire log's '>>' and '<<'): the markers after those of the response lines' depth are the transcript's.
    // So are those of the header lines and the bare '>' (the end of the headers) that follow it.
    private static void MarkCurl(string text, MailLine[] lines)
    {
        var mailDepth = new int[lines.Length]; // the quote depth of a transcript line, -1 for any other
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            mailDepth[i] = -1;
            if (line.Depth == 0)
            {
                continue;
            }

            var content = text.AsSpan(line.ContentStart, line.ContentLength);
            if (RequestLine().IsMatch(content))
            {
                for (var depth = line.Depth - 1; depth >= 0 && mailDepth[i] < 0; depth--)
                {
                    mailDepth[i] = HasCurlResponseNear(text, lines, i, depth) ? depth : -1;
                }
            }
            else if (i > 0 && mailDepth[i - 1] >= 0 && lines[i - 1].Depth == line.Depth && (content.IsWhiteSpace() || HeaderLine().IsMatch(content)))
            {
                mailDepth[i] = mailDepth[i - 1];
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (mailDepth[i] >= 0)
            {
                var (depth, after) = Markers(text, lines[i].Start, lines[i].End, mailDepth[i]);
                lines[i] = lines[i] with { ContentStart = after, Depth = depth };
            }
        }
    }

    // A line quoted 'depth' deep whose text starts with curl's '< ' (response) or '* ' (connection) marker, or a wire log's '<<'.
    private static bool HasCurlResponseNear(string text, MailLine[] lines, int index, int depth)
    {
        for (var j = Math.Max(0, index - CurlReach); j < Math.Min(lines.Length, index + CurlReach + 1); j++)
        {
            var line = lines[j];
            if (line.Depth == depth && line.ContentLength > 1
                && ((text[line.ContentStart] == '<' && text[line.ContentStart + 1] is ' ' or '<') || (text[line.ContentStart] == '*' && text[line.ContentStart + 1] == ' ')))
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
