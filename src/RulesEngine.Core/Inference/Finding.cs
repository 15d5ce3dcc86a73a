using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>A conclusion of a rule: the cause described by an article, how sure, and the facts it rests on.</summary>
/// <param name="Article">The article id.</param>
/// <param name="RuleId">The rule that concluded it.</param>
/// <param name="Status">Suspected or confirmed.</param>
/// <param name="Confidence">0..1, from the rule.</param>
/// <param name="Questions">What to ask while it is only suspected (empty when confirmed).</param>
/// <param name="Facts">The facts the rule matched, in the rule's order.</param>
public sealed record Finding(
    string Article,
    string RuleId,
    FindingStatus Status,
    double Confidence,
    IReadOnlyList<string> Questions,
    IReadOnlyList<MatchedFact> Facts)
{
    /// <summary>The evidence of the matched facts and of the facts they were inferred from, without repeats, in input and line order.</summary>
    public IReadOnlyList<Evidence> Evidence =>
    [
        .. Facts.SelectMany(f => EvidenceOf(f.Fact)).Distinct()
            .OrderBy(e => e.Input, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column),
    ];

    private static IEnumerable<Evidence> EvidenceOf(Fact fact) => fact is InferredFact inferred
        ? inferred.Values.Values.OfType<Fact>().SelectMany(EvidenceOf).Prepend(inferred.Evidence)
        : [fact.Evidence];
}
