using System.Globalization;
using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Http;

/// <summary>Finds HTTP statuses written in an HTTP context (a reason phrase after, or "HTTP", "status code", "response code"
/// before), with the reason, the target URL and host, and the direction of the call when the text tells it.</summary>
/// <remarks>The patterns run only in small windows around keyword hits that have digits next to them.</remarks>
internal sealed partial class HttpErrorExtractor : ITextExtractor
{
    // How far either side of a hit the patterns look, on the hit's line; longer than any match.
    private const int Radius = 256;

    // How far after a context word ("HTTP", "status") its status may come.
    private const int MaxDigitsDistance = 48;

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords => _keywords;

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;
        string? lastLine = null;
        List<(int Offset, HttpError Error)> lastErrors = [];
        var first = facts.Count;
        foreach (var window in HitWindows.Around(source, input.Hits, Radius, hit => !IsChannelWord(hit) && IsPromising(text, hit)))
        {
            if (!IsWholeLine(text, window))
            {
                ExtractWindow(source, window, facts);
                continue;
            }

            // A log repeats its failing line: a line equal to the last one read gives the same errors at new places.
            // Everything a status is read from lies on its line, so this is exact.
            var line = text.AsSpan(window.Start, window.Length);
            if (lastLine is not null && line.SequenceEqual(lastLine))
            {
                foreach (var (offset, error) in lastErrors)
                {
                    facts.Add(new LocatedFact(window.Start + offset, error with { Evidence = source.EvidenceAt(window.Start + offset) }));
                }

                continue;
            }

            var before = facts.Count;
            ExtractWindow(source, window, facts);
            lastLine = line.ToString();
            lastErrors = [.. facts.Skip(before).Select(f => (f.Offset - window.Start, (HttpError)f.Fact))];
        }

        Complete(source, input.Hits, facts, first);
    }

    private static bool IsWholeLine(string text, TextWindow window) =>
        (window.Start == 0 || text[window.Start - 1] == '\n') && (window.End == text.Length || text[window.End] is '\n' or '\r');

    private static void ExtractWindow(SourceText source, TextWindow window, List<LocatedFact> facts)
    {
        var text = source.Content;
        var span = text.AsSpan(window.Start, window.Length);

        // One status, keyed by the offset of its digits, may be matched by both patterns; keep the earliest start.
        var starts = new SortedDictionary<int, int>();
        foreach (var match in HttpPatterns.StatusAfterContext().EnumerateMatches(span))
        {
            var digits = window.Start + match.Index + match.Length - 3;
            starts[digits] = Math.Min(window.Start + match.Index, starts.GetValueOrDefault(digits, int.MaxValue));
        }

        var reasons = new Dictionary<int, int>();
        foreach (var match in HttpPatterns.StatusWithReason().EnumerateMatches(span))
        {
            var digits = window.Start + match.Index;
            reasons[digits] = digits + match.Length;
            starts[digits] = Math.Min(digits, starts.GetValueOrDefault(digits, int.MaxValue));
        }

        AddProseStatuses(source, window, starts);
        var leading = LeadingReasons(source, window, starts);
        var covered = new List<(int Start, int End)>();
        foreach (var (digits, start) in starts)
        {
            if (IsNotAStatus(text, digits + 3) || IsAmount(text, digits))
            {
                continue;
            }

            var status = int.Parse(text.AsSpan(digits, 3), CultureInfo.InvariantCulture);
            string? reason;
            int end;
            if (reasons.TryGetValue(digits, out end))
            {
                reason = ReasonOf(text, digits + 3, end);
            }
            else if (leading.TryGetValue(digits, out var lead))
            {
                (reason, end) = lead;
            }
            else
            {
                reason = FreeReason(source, digits + 3, out end);
            }

            covered.Add((start, Math.Max(end, digits + 3)));
            var url = UrlAfter(source, end);
            var host = HostOf(url);
            var error = new HttpError(status, reason, url, host, DirectionOf(source, start, host))
            {
                Evidence = source.EvidenceAt(start),
            };
            facts.Add(new LocatedFact(start, error));
        }

        AddReasonsAlone(source, window, covered, facts);
    }

    // A reason-phrase hit needs three digits just before it or its status in brackets after it ("Forbidden (403)"); a
    // context word needs a 4xx or 5xx soon after it on its line; a prose word must start a word, and a verb may instead
    // have a reason phrase alone after it ("returns unauthorized"), an error word its status just before it ("401-Fehler").
    private static bool IsPromising(string text, KeywordHit hit)
    {
        if (hit.Keyword < HttpPatterns.ReasonPhrases.Count)
        {
            return HasDigitsBefore(text, hit.Offset) || HasBracketedStatusAfter(text, hit.End);
        }

        if (hit.Keyword < HttpPatterns.FirstProseKeyword)
        {
            return HasStatusAfter(text, hit.End);
        }

        if (hit.Offset > 0 && char.IsLetter(text[hit.Offset - 1]))
        {
            return false;
        }

        return HttpPatterns.TrailingKeywords.Contains(HttpPatterns.Keywords[hit.Keyword])
            ? HasDigitsBefore(text, hit.Offset) || HasStatusAfter(text, hit.End)
            : HasStatusAfter(text, hit.End) || HasReasonAfter(text, hit.End);
    }

    // Three digits, then at most a few separators, just before 'offset': "401 Unauthorized", "403 - Forbidden", "401-Fehler".
    private static bool HasDigitsBefore(string text, int offset)
    {
        var position = offset;
        while (position > 0 && offset - position < 6 && text[position - 1] is ' ' or '\t' or ':' or '-' or '(' or '\u2013' or '\u2014')
        {
            position--;
        }

        return position >= 3 && char.IsAsciiDigit(text[position - 1]) && char.IsAsciiDigit(text[position - 2]) && char.IsAsciiDigit(text[position - 3]);
    }

    // A 4xx or 5xx within MaxDigitsDistance after 'from', on its line.
    private static bool HasStatusAfter(string text, int from)
    {
        var after = text.AsSpan(from, Math.Min(MaxDigitsDistance, text.Length - from));
        for (var i = 0; i + 2 < after.Length && after[i] != '\n'; i++)
        {
            if (after[i] is '4' or '5' && char.IsAsciiDigit(after[i + 1]) && char.IsAsciiDigit(after[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    // "(403)" or "(HTTP 403)" just after a reason phrase.
    private static bool HasBracketedStatusAfter(string text, int from)
    {
        var after = text.AsSpan(from, Math.Min(12, text.Length - from)).TrimStart(" \t");
        if (after.Length == 0 || after[0] != '(')
        {
            return false;
        }

        after = after[1..].TrimStart(" \t");
        if (after.StartsWith("HTTP", StringComparison.OrdinalIgnoreCase))
        {
            after = after[4..].TrimStart(" \t");
        }

        return after.Length > 0 && after[0] is '4' or '5';
    }
}
