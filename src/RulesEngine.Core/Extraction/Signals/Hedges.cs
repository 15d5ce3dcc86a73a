using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Signals;

/// <summary>Tells whether a mention is hedged: the customer is not sure of it ("not sure whether the X-CLIENT-CERT header
/// is set", "I think", "maybe", "we don't know if") or asks about it ("Do we need the X-CLIENT-CERT header?"). A hedged
/// mention is not a fact the ticket shows.</summary>
/// <remarks>Only the mention's own sentence counts: from its start (a line start, or . ! ? and a space) to the mention
/// for a hedge word, and from the mention to the sentence's end for a question mark. Both scans are bounded, so the cost
/// per mention is constant.</remarks>
internal static partial class Hedges
{
    // A sentence is read at most this far either side of the mention.
    private const int Reach = 240;

    [GeneratedRegex(
        @"\b(?:not[ \t]+(?:quite[ \t]+)?(?:sure|certain)|unsure|uncertain|unclear|I[ \t]+(?:think|guess|believe|assume|suppose)"
        + @"|we[ \t]+(?:think|guess|believe|assume|suppose)|maybe|perhaps|possibly|probably|might|whether"
        + @"|(?:don['’]?t|do[ \t]+not|didn['’]?t|did[ \t]+not)[ \t]+know|no[ \t]+idea"
        + @"|nicht[ \t]+sicher|unsicher|vielleicht|eventuell|wahrscheinlich|ich[ \t]+glaube|wir[ \t]+glauben|ob)\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgeWord();

    /// <summary>True when the sentence holding <paramref name="offset"/> hedges before it or ends in a question mark.</summary>
    public static bool Hedge(string text, int offset)
    {
        var start = SentenceStart(text, offset);
        return HedgeWord().IsMatch(text.AsSpan(start, offset - start)) || EndsInQuestion(text, offset);
    }

    private static int SentenceStart(string text, int offset)
    {
        var limit = Math.Max(0, offset - Reach);
        for (var i = offset - 1; i >= limit; i--)
        {
            if (text[i] is '\n' or '\r' || (text[i] is ' ' or '\t' && i > 0 && text[i - 1] is '.' or '!' or '?'))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static bool EndsInQuestion(string text, int offset)
    {
        var limit = Math.Min(text.Length, offset + Reach);
        for (var i = offset; i < limit; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return false;
            }

            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return text[i] == '?';
            }
        }

        return false;
    }
}
