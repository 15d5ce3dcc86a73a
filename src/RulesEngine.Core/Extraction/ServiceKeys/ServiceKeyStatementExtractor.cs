using System.Text.RegularExpressions;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>Finds what the prose says about a service key whose JSON is not attached, as a stated <see cref="ServiceKey"/>: its key type ("key type: External
/// Certificate", "a service key of type Certificate", "Schlüsseltyp: Externes Zertifikat") and its end of validity ("the key is
/// valid until 2026-10-31", "the service key was created with the certificate expiring on 31 October 2026").</summary>
/// <remarks>A clause counts only when it names the key before the keyword ("of type", "valid until"), so "the certificate in the
/// trace expired on …, while the service key's is valid until …" gives the key's date alone. Clauses are bounded windows
/// around a keyword hit, so the cost is linear in the hits.</remarks>
internal sealed partial class ServiceKeyStatementExtractor : ITextExtractor
{
    // How far before a keyword its clause is read, and how far after it the value is.
    private const int MaxClause = 200;
    private const int MaxValue = 48;

    // Keywords 0..TypeKeywords-1 introduce a key type, the rest a date.
    private const int TypeKeywords = 5;

    // Whether the keyword names the key itself ("key type"), so its clause need not.
    private static readonly bool[] NamesKey = [true, true, true, false, false];

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } =
    [
        "key type", "Schlüsseltyp", "Schluesseltyp", "of type", "vom Typ",
        "valid until", "valid till", "valid to", "gültig bis", "gueltig bis", "expires on", "expiring on", "expired on", "expiry date",
        "abgelaufen am", "läuft am", "Ablaufdatum",
    ];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var text = input.Source.Content;
        foreach (var hit in input.Hits)
        {
            var start = ClauseStart(text, hit.Offset);
            var clause = text.AsSpan(start, hit.Offset - start);
            var isType = hit.Keyword < TypeKeywords;
            if ((!isType || !NamesKey[hit.Keyword]) && (!KeyWords().IsMatch(clause) || TraceWords().IsMatch(clause)))
            {
                continue;
            }

            var value = text.Substring(hit.End, Math.Min(MaxValue, text.Length - hit.End));
            var (keyType, validUntil) = isType ? (KeyType(value), null) : ((string?)null, ProseDate.EndOfDayAtStart(value));
            if (keyType is not null || validUntil is not null)
            {
                facts.Add(new LocatedFact(start, Stated(keyType, validUntil) with
                {
                    Evidence = input.Source.EvidenceAt(start),
                }));
            }
        }
    }

    // A key the prose speaks of: nothing but what it says is known.
    private static ServiceKey Stated(string? keyType, DateTimeOffset? validUntil) =>
        new(null, null, keyType, null, null, HasClientSecret: false, HasPrivateKey: false, null, null, validUntil, Stated: true)
        {
            Evidence = new Evidence(string.Empty, 1, 1, string.Empty),
        };

    // The key type a value starts with, in the fact's form; null when it names none.
    private static string? KeyType(string value) =>
        KeyTypeAtStart().Match(value) is { Success: true } match ? ServiceKeyParameters.NormalizeKeyType(Translated(match.Value)) : null;

    // German names of the types, in the English words the normalizer knows.
    private static string Translated(string value) =>
        value.Contains("extern", StringComparison.OrdinalIgnoreCase) ? "external certificate"
        : value.Contains("zertifikat", StringComparison.OrdinalIgnoreCase) ? "certificate"
        : value;

    // After the previous sentence's or clause's end (. ! ? ; or a line break), at most MaxClause back.
    private static int ClauseStart(string text, int offset)
    {
        var limit = Math.Max(0, offset - MaxClause);
        for (var i = offset - 1; i >= limit; i--)
        {
            if (text[i] is ';' or '!' or '?' or '\n' || (text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return ClauseAfterConjunction(text, i + 1, offset);
            }
        }

        return ClauseAfterConjunction(text, limit, offset);
    }

    // A contrast inside the sentence ("…, while the service key's …") starts a new clause.
    private static int ClauseAfterConjunction(string text, int start, int offset)
    {
        var last = start;
        foreach (Match match in Conjunctions().Matches(text[start..offset]))
        {
            last = start + match.Index + match.Length;
        }

        return last;
    }

    [GeneratedRegex(@"\b(?:service[-_ ]?)?keys?\b|schl(?:ü|ue)ssel", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyWords();

    // A clause about the trace or a private key is not about the service key's validity.
    [GeneratedRegex(@"\btrace\b|private[- ]key|privater\s+schl", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TraceWords();

    [GeneratedRegex(@",?\s+(?:while|whereas|but|aber|während|wohingegen|jedoch)\s+", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conjunctions();

    [GeneratedRegex(
        @"^[\s:=""'„“(]{0,4}(?:external[- ]certificate|externes\s+zertifikat|externe[ns]?\s+zertifikat|certificate|zertifikat|x\.?509"
        + @"|client[- ]?id\s*(?:/|and|und|&|\+)\s*(?:client[- ]?)?secret|clientid/secret|client[- ]?secret|basic)\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyTypeAtStart();
}
