using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Mail;

internal static partial class MailThreadReader
{
    // Lines after an Outlook "From:" line searched for its "Sent:" and "To:"/"Subject:" lines.
    private const int OutlookBlock = 5;

    // Marks the lines that reply headers make quoted history and returns how many headers there are. An Outlook header
    // block or an "Original Message" separator starts the older messages of a top-posted thread: every line below it, as
    // deep as it or deeper, is history. An "On … wrote:" line followed by deeper quoted lines introduces them: only the
    // line itself is history, and a reply written below the quote (bottom-posting) is the newest message.
    private static int MarkReplyHeaders(string text, MailLine[] lines, bool[] quoted)
    {
        var headers = 0;
        var scope = int.MaxValue; // the depth from which lines are history, until a line less deep ends the quote holding it
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Depth < scope)
            {
                scope = int.MaxValue;
            }

            var content = Content(text, line);
            var intro = IntroLines(text, lines, i);
            if (intro > 0)
            {
                headers++;
                var next = NextNonBlank(text, lines, i + intro);
                if (next >= 0 && lines[next].Depth > line.Depth)
                {
                    quoted.AsSpan(i, intro).Fill(true);
                    i += intro - 1;
                    continue;
                }

                scope = Math.Min(scope, line.Depth);
            }
            else if (Separator().IsMatch(content) || IsOutlookHeader(text, lines, i))
            {
                headers++;
                scope = Math.Min(scope, line.Depth);
            }

            quoted[i] = line.Depth >= scope;
        }

        return headers;
    }

    // How many lines an "On … wrote:" or "Am … schrieb …:" header at 'index' takes (a mail client may wrap it in two), or 0.
    private static int IntroLines(string text, MailLine[] lines, int index)
    {
        var content = Content(text, lines[index]);
        if (!content.StartsWith("On ", StringComparison.Ordinal) && !content.StartsWith("Am ", StringComparison.Ordinal))
        {
            return 0;
        }

        // A client's header names the time of the message it quotes (10:12): "On Monday our admin wrote:" and "Am 24.11.
        // schrieb uns der Kollege:" are prose.
        if (Intro().IsMatch(content))
        {
            return ClockTime().IsMatch(content) ? 1 : 0;
        }

        if (index + 1 < lines.Length && lines[index + 1].Depth == lines[index].Depth && content.Length + lines[index + 1].ContentLength < 400)
        {
            var joined = string.Concat(content, " ", Content(text, lines[index + 1]));
            return Intro().IsMatch(joined) && ClockTime().IsMatch(joined) ? 2 : 0;
        }

        return 0;
    }

    // "From: …" with, on the same line or within the next few lines of the same depth, "Sent: …" (or "Date:") and "To: …"
    // or "Subject: …"; in German "Von:", "Gesendet:"/"Datum:", "An:"/"Betreff:". Outlook may print the names in bold (*From:*).
    private static bool IsOutlookHeader(string text, MailLine[] lines, int index)
    {
        var content = Content(text, lines[index]);
        if (!OutlookFrom().IsMatch(content))
        {
            return false;
        }

        if (OutlookSentInline().IsMatch(content))
        {
            return true;
        }

        var (sent, to) = (false, false);
        for (var j = index + 1; j < Math.Min(lines.Length, index + 1 + OutlookBlock) && lines[j].Depth == lines[index].Depth; j++)
        {
            var next = Content(text, lines[j]);
            sent |= OutlookSent().IsMatch(next);
            to |= OutlookTo().IsMatch(next);
        }

        return sent && to;
    }

    private static int NextNonBlank(string text, MailLine[] lines, int index)
    {
        for (var j = index; j < lines.Length; j++)
        {
            if (!text.AsSpan(lines[j].ContentStart, lines[j].ContentLength).IsWhiteSpace())
            {
                return j;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> Content(string text, MailLine line) => text.AsSpan(line.ContentStart, line.ContentLength);

    [GeneratedRegex(@"^\s*-{2,}\s*(?:Original Message|Urspr(?:ü|ue)ngliche Nachricht|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:On\s.{4,240}\swrote:|Am\s.{4,240}\sschrieb\s.{0,200}:)\s*$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Intro();

    [GeneratedRegex(@"\b\d{1,2}:\d\d\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^\*?(?:From|Von)\*?:\s*\S", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookFrom();

    [GeneratedRegex(@"\s\*?(?:Sent|Gesendet)\*?:\s.*\s\*?(?:To|An|Subject|Betreff)\*?:\s", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookSentInline();

    [GeneratedRegex(@"^\*?(?:Sent|Gesendet|Date|Datum)\*?:\s*\S", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookSent();

    [GeneratedRegex(@"^\*?(?:To|An|Subject|Betreff|Cc)\*?:\s*\S", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookTo();
}
