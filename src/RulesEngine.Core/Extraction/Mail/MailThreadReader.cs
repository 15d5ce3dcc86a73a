using RulesEngine.Core.Extraction.Logs.Json;

namespace RulesEngine.Core.Extraction.Mail;

/// <summary>Reads an input that is a forwarded mail thread: gives its view in which quote prefixes (<c>&gt; </c>, nested
/// <c>&gt;&gt; </c> or <c>&gt; &gt; </c>) are removed and lines a mail client wrapped are rejoined, so every extractor reads a
/// quoted log record or exception as it was written, while evidence points at the line and column the customer sent.
/// The view also knows which of its lines are quoted history (<see cref="SourceText.IsQuoted"/>).</summary>
/// <remarks>Conservative: an input is a thread only with a reply header (Outlook's From/Sent/To/Subject in English or
/// German, an "Original Message" separator, "On … wrote:", "Am … schrieb …:") or a block of at least two quoted lines; a
/// curl -v transcript's own <c>&gt; GET …</c> and <c>&gt; Host:</c> lines near its <c>&lt;</c> or <c>*</c> lines are not quotes.
/// Each line is looked at a bounded number of times, so the work is linear in the input.</remarks>
internal static partial class MailThreadReader
{
    /// <summary>The mail view of <paramref name="source"/> when it looks like a mail thread; otherwise <paramref name="source"/> itself.</summary>
    public static SourceText Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!MayBeThread(source.Content))
        {
            return source;
        }

        var lines = ReadLines(source);
        var quoted = new bool[lines.Length];
        var headers = MarkReplyHeaders(source.Content, lines, quoted);
        if (headers == 0 && !HasQuoteBlock(lines))
        {
            return source;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            quoted[i] |= lines[i].Depth > 0;
        }

        return BuildView(source, lines, quoted);
    }

    // A cheap test that skips inputs with no quote marker at a line start and no reply header word.
    private static bool MayBeThread(string text) =>
        text.StartsWith('>') || text.Contains("\n>", StringComparison.Ordinal) || text.Contains("\n >", StringComparison.Ordinal)
        || text.Contains("From:", StringComparison.OrdinalIgnoreCase) || text.Contains("Von:", StringComparison.OrdinalIgnoreCase)
        || text.Contains("wrote:", StringComparison.OrdinalIgnoreCase) || text.Contains("schrieb", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Original Message", StringComparison.OrdinalIgnoreCase) || text.Contains("Nachricht-", StringComparison.OrdinalIgnoreCase);

    // At least two quoted lines in a row (blank quoted lines count): one '> 5 s' line in prose is a comparison, not a quote.
    private static bool HasQuoteBlock(MailLine[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Depth > 0 && lines[i - 1].Depth > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The input without quote prefixes, a wrapped line joined to the one before it by a space standing for the line break
    // (none when the cut was inside a URL).
    private static SourceText BuildView(SourceText source, MailLine[] lines, bool[] quoted)
    {
        var text = source.Content;
        var view = new JsonLogView(text); // the segment builder of the JSON view; it knows nothing of JSON
        var viewQuoted = new List<bool>(lines.Length) { quoted[0] };
        var joined = lines[0].ContentStart; // where the view line being built starts in the input
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            view.Copy(line.ContentStart, line.End);
            if (i + 1 == lines.Length)
            {
                view.Copy(line.End, text.Length);
            }
            else if (quoted[i] == quoted[i + 1] && IsWrapped(text, joined, line, lines[i + 1]))
            {
                if (!IsCutInsideUrl(text, line, lines[i + 1]))
                {
                    view.Append(' ', line.End);
                }
            }
            else
            {
                view.Copy(line.End, lines[i + 1].Start);
                viewQuoted.Add(quoted[i + 1]);
                joined = lines[i + 1].ContentStart;
            }
        }

        var (viewText, map) = view.Build();
        return SourceText.MailView(source, viewText, map, [.. viewQuoted]);
    }
}
