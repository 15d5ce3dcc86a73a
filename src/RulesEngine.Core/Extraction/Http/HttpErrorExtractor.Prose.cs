using System.Text.RegularExpressions;
using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Http;

internal sealed partial class HttpErrorExtractor
{
    // How far after a prose verb a reason phrase alone may start ("returns with an \"Unauthorized\"").
    private const int MaxReasonDistance = 48;

    // The reason phrases read without a number; found by the prose verbs' hits ("returns unauthorized").
    private static readonly string[] _reasonsAlone =
    [
        "unauthori", "forbidden", "not found", "internal server error", "bad gateway", "service unavailable",
        "nicht autorisiert", "verboten", "nicht gefunden", "interner serverfehler", "dienst nicht verfügbar",
    ];

    // Words that may follow a status in prose ("got a 401 back", "erhalten 401 beim Aufruf"). Any other word makes the
    // number a count or an amount: "returned 404 rows", "the job failed 401 times", "erhalten 401 Datensätze".
    private static readonly HashSet<string> _proseTails = new(
    [
        "error", "errors", "fehler", "fehlermeldung", "fehlercode", "response", "answer", "antwort", "status", "statuscode",
        "code", "page", "seite", "http", "back", "zurück", "again", "wieder", "too", "auch", "now", "jetzt", "instead", "statt",
        "anstatt", "from", "von", "vom", "when", "whenever", "wenn", "while", "während", "on", "bei", "beim", "for", "für",
        "with", "mit", "to", "zu", "at", "in", "im", "since", "seit", "after", "nach", "before", "vor", "and", "und", "or", "oder", "but",
        "aber", "as", "als", "also", "every", "each", "jedes", "jeden", "jedem", "immediately", "sofort", "today", "heute",
        "here", "hier", "is", "ist", "was", "war", "abgelehnt", "zurückgewiesen", "rejected", "denied", "unauthorized",
        "unauthorised", "forbidden",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _proseTailLookup = _proseTails.GetAlternateLookup<ReadOnlySpan<char>>();

    // Statuses that only prose puts in an HTTP context. A status another pattern already read keeps its start there,
    // so adding the prose patterns moves no evidence.
    private static void AddProseStatuses(SourceText source, TextWindow window, SortedDictionary<int, int> starts)
    {
        var text = source.Content;
        var span = text.AsSpan(window.Start, window.Length);
        foreach (var match in HttpPatterns.StatusAfterVerb().EnumerateMatches(span))
        {
            var digits = window.Start + match.Index + match.Length - 3;
            if (!starts.ContainsKey(digits) && HasProseTail(source, digits + 3))
            {
                starts[digits] = window.Start + match.Index;
            }
        }

        foreach (var match in HttpPatterns.StatusAfterNoun().EnumerateMatches(span))
        {
            var digits = window.Start + match.Index + match.Length - 3;
            starts.TryAdd(digits, window.Start + match.Index);
        }

        foreach (var match in HttpPatterns.StatusBeforeNoun().EnumerateMatches(span))
        {
            var digits = window.Start + match.Index;
            var english = text[digits + 3] is ' ' or '\t';
            if (!starts.ContainsKey(digits) && !EndsANumber(text, digits) && (!english || HasProseTail(source, digits + match.Length)))
            {
                starts[digits] = digits;
            }
        }
    }

    // A reason phrase before its status in brackets: "forbidden (403)", "Unauthorized (HTTP 401)". Keyed by the digits: the
    // phrase and where the match ends; the status starts at the phrase.
    private static Dictionary<int, (string Reason, int End)> LeadingReasons(SourceText source, TextWindow window, SortedDictionary<int, int> starts)
    {
        var text = source.Content;
        var leading = new Dictionary<int, (string, int)>();
        foreach (var match in HttpPatterns.ReasonBeforeStatus().EnumerateMatches(text.AsSpan(window.Start, window.Length)))
        {
            var start = window.Start + match.Index;
            var end = start + match.Length;
            var open = text.IndexOf('(', start, match.Length);
            var digits = text.AsSpan(start, match.Length).IndexOfAnyInRange('0', '9') + start;
            starts[digits] = Math.Min(start, starts.GetValueOrDefault(digits, int.MaxValue));
            leading[digits] = (text.AsSpan(start, open - start).TrimEnd(" \t").ToString(), end);
        }

        return leading;
    }

    // Reason phrases alone after a verb ("returns unauthorized"), unless a status read with it covers the phrase.
    private static void AddReasonsAlone(SourceText source, TextWindow window, List<(int Start, int End)> covered, List<LocatedFact> facts)
    {
        var text = source.Content;
        foreach (var match in HttpPatterns.ReasonAfterVerb().Matches(text.Substring(window.Start, window.Length)).Cast<Match>())
        {
            var group = match.Groups["reason"];
            var reasonAt = window.Start + group.Index;
            var end = window.Start + match.Index + match.Length;
            if (covered.Exists(c => reasonAt >= c.Start && reasonAt < c.End) || !HasProseTail(source, end))
            {
                continue;
            }

            var start = window.Start + match.Index;
            var url = UrlAfter(source, end);
            var host = HostOf(url);
            facts.Add(new LocatedFact(start, new HttpError(HttpPatterns.StatusOfReason(group.Value), group.Value, url, host, DirectionOf(source, start, host))
            {
                Evidence = source.EvidenceAt(start),
            }));
        }
    }

    // The digits end a time, a decimal or a date: "08:00:00.518 ERROR" is a log line's milliseconds and level.
    private static bool EndsANumber(string text, int digits) =>
        digits >= 2 && text[digits - 1] is '.' or ':' or ',' or '/' or '-' && char.IsAsciiDigit(text[digits - 2]);

    // True when what follows a status in prose lets it be one: the end of the line or clause, or a word of _proseTails.
    private static bool HasProseTail(SourceText source, int position)
    {
        var text = source.Content;
        var lineEnd = source.LineEnd(source.LineOf(Math.Max(0, position - 1)));
        while (position < lineEnd && text[position] is ' ' or '\t' or '"' or '\'' or '\u201c' or '\u201d')
        {
            position++;
        }

        if (position >= lineEnd || !char.IsLetterOrDigit(text[position]))
        {
            return true;
        }

        var end = position;
        while (end < lineEnd && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > position && _proseTailLookup.Contains(text.AsSpan(position, end - position));
    }

    // A prose verb with a reason phrase alone soon after it: "returns unauthorized", "antwortet mit \"Verboten\"".
    private static bool HasReasonAfter(string text, int hitEnd)
    {
        var after = text.AsSpan(hitEnd, Math.Min(MaxReasonDistance, text.Length - hitEnd));
        var newline = after.IndexOf('\n');
        if (newline >= 0)
        {
            after = after[..newline];
        }

        foreach (var reason in _reasonsAlone)
        {
            if (after.Contains(reason, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
