using System.Text.RegularExpressions;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Mail;

/// <summary>Finds statements of the newest message that the error is gone ("the 401 is gone since we re-created the key",
/// "fixed now", "works again", "resolved", "Problem gelöst", "funktioniert wieder") as <see cref="ResolvedMention"/> facts.</summary>
/// <remarks>Only unquoted text counts: an older message of a thread saying "fixed" says nothing about today. Questions ("is
/// it fixed?"), negations ("not resolved", "still not working", "nicht gelöst", "weiterhin") and conditions ("once it is
/// fixed", "sobald es wieder funktioniert") are not statements, nor is "fixed" or "resolved" used as an adjective ("a fixed IP").
/// A sentence gives at most one mention; sentences are bounded windows around a hit, so the cost is linear in the hits.</remarks>
internal sealed partial class ResolvedMentionExtractor : ITextExtractor
{
    // How far a sentence is read on either side of a phrase.
    private const int MaxSentence = 240;

    // Phrases 0..Participles-1 are participles ("fixed") that need a word after them that does not make them an adjective.
    private const int Participles = 6;

    private static readonly string[] _phrases =
    [
        "fixed", "resolved", "solved", "gelöst", "geloest", "behoben",
        "gone", "works again", "working again", "work again", "works now", "working now", "funktioniert wieder",
        "funktioniert jetzt", "läuft wieder", "geht wieder",
    ];

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords => _phrases;

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;
        var sentenceEnd = -1;
        foreach (var hit in input.Hits)
        {
            if (hit.Offset < sentenceEnd || source.IsQuoted(hit.Offset) || !IsWord(text, hit.Offset, hit.End))
            {
                continue;
            }

            // A negation or condition counts in the phrase's own clause ("Don't worry, it's fixed now" is fixed).
            var (start, end) = Sentence(text, hit.Offset, hit.End);
            var clause = ClauseStart(text, start, hit.Offset);
            var before = text.AsSpan(clause, hit.Offset - clause);
            var after = text.AsSpan(hit.End, end - hit.End);
            if (IsQuestion(text, text.AsSpan(start, hit.Offset - start), end) || Negation().IsMatch(before) || NegationAfter().IsMatch(after)
                || Persisting().IsMatch(text.AsSpan(start, end - start)) || Condition().IsMatch(before)
                || (hit.Keyword < Participles && !PredicateAfter().IsMatch(after))
                || (_phrases[hit.Keyword] == "gone" && (!GoneBefore().IsMatch(before) || GoneSomewhere().IsMatch(after))))
            {
                continue;
            }

            var mention = new ResolvedMention(source.Redact(clause, hit.End).Trim(), Status(text, clause, end) ?? Status(text, start, end))
            {
                Evidence = source.EvidenceAt(clause),
            };
            facts.Add(new LocatedFact(clause, mention));
            sentenceEnd = end;
        }
    }

    // The phrase is whole words: not "prefixed", "unresolved" or "gonex".
    private static bool IsWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end]));

    // From after the previous sentence's end (. ! ? or a line break) to the next one, at most MaxSentence either way.
    private static (int Start, int End) Sentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < MaxSentence && !EndsSentence(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < MaxSentence && !EndsSentence(text, to))
        {
            to++;
        }

        return (from, to);
    }

    // A line break ends a sentence unless the next line goes on in lower case: prose wrapped by the customer's editor.
    private static bool EndsSentence(string text, int index) =>
        (text[index] == '\n' && !(index + 1 < text.Length && char.IsLower(text[index + 1])))
        || text[index] is '!' or '?' || (text[index] == '.' && (index + 1 >= text.Length || char.IsWhiteSpace(text[index + 1])));

    // A question ends in '?' or starts with a verb: "Is it fixed", "Ist das Problem gelöst".
    private static bool IsQuestion(string text, ReadOnlySpan<char> before, int end) =>
        (end < text.Length && text[end] == '?') || QuestionStart().IsMatch(before);

    // The clause the phrase ends: after a comma, colon, semicolon or dash before it in the sentence.
    private static int ClauseStart(string text, int start, int offset)
    {
        for (var i = offset - 1; i >= start; i--)
        {
            if (text[i] is ',' or ':' or ';' || (text[i] == '-' && i > start && text[i - 1] == ' ' && i + 1 < offset && text[i + 1] == ' '))
            {
                return i + 1;
            }
        }

        return start;
    }

    // The first HTTP error status from 'start' to 'end' (the phrase's clause, else its sentence: "after the 403 was fixed, the
    // 401 is gone" names 401), not a port (":443") or part of a number or date.
    private static int? Status(string text, int start, int end)
    {
        foreach (var match in StatusCode().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var at = start + match.Index;
            if (at == 0 || text[at - 1] is not (':' or '.' or '/' or '-' or ','))
            {
                return int.Parse(text.AsSpan(at, 3), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:not|never|nicht|nie|kein|keine|yet)\b|n['’]t\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^\s*(?:nicht|not|yet|noch nicht)\b|^\?", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationAfter();

    // The error persists or returned somewhere in the sentence: "still", "came back", "weiterhin", "immer noch", "wieder da".
    [GeneratedRegex(@"\b(?:still|weiterhin|immer noch|noch immer|nach wie vor|again failing|failing again|fails again|came back|is back|reappeared|wieder da|tritt wieder auf|kam wieder)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Persisting();

    [GeneratedRegex(@"\b(?:if|once|when|whether|until|unless|hopefully|as soon as|wenn|falls|sobald|ob|bis|hoffentlich)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    [GeneratedRegex(@"^\W*(?:is|are|was|were|has|have|did|does|do|can|could|will|would|should|ist|sind|war|wurde|wurden|hat|haben|kann|können|koennen)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();

    // What may follow a participle that says the error is gone: the sentence's end, or words such as "now", "since", "by", "the".
    [GeneratedRegex(
        @"^(?:\s*[,;:)!–-]|\s*$|\s+(?:now|since|after|by|with|again|today|already|yesterday|thanks|thank|for|as|on|too|itself|the|it|this|that|our|and|but|so"
        + @"|jetzt|seit|nach|durch|mit|wieder|heute|bereits|schon|danke|nun|und|aber|das|es|indem)\b)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PredicateAfter();

    // "gone" says the error is gone after "is", "are", "has", "'s": "the 401 is gone", "the error has gone away".
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had)\s+(?:now\s+|finally\s+|completely\s+|also\s+|been\s+)?$|['’]s\s+$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoneBefore();

    // Someone who has gone somewhere: "has gone on leave", "has gone home".
    [GeneratedRegex(@"^\s+(?:on|to|into|through|home|out|off|back|down|up|live)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoneSomewhere();

    [GeneratedRegex(@"\b[45]\d\d\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex StatusCode();
}
