using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>A conclusion of a rule: the cause described by an article, how sure, and the facts it rests on.</summary>
/// <param name="Article">The article id.</param>
/// <param name="RuleId">The rule that concluded it.</param>
/// <param name="Status">Suspected or confirmed.</param>
/// <param name="Confidence">0..1, from the rule.</param>
/// <param name="Questions">What to ask while it is only suspected (empty when confirmed).</param>
/// <param name="Facts">The facts the rule matched, strongest first: those of the confirming condition, then the rest in
/// the rule's order. A finding merged from several matches keeps at most <see cref="MaxFactsPerBinding"/> per binding.</param>
/// <param name="Matches">How many combinations of facts reached this finding (one finding, however many).</param>
/// <param name="OmittedFacts">How many matched facts the merge left out (over <see cref="MaxFactsPerBinding"/>).</param>
public sealed record Finding(
    string Article,
    string RuleId,
    FindingStatus Status,
    double Confidence,
    IReadOnlyList<Questions.Question> Questions,
    IReadOnlyList<MatchedFact> Facts,
    int Matches = 1,
    int OmittedFacts = 0)
{
    /// <summary>The family (<c>families:</c> in a rule file) whose fallback this finding is: a cause of the family shown,
    /// low in confidence and without a rendered resolution, because the ticket shows the family's symptom and no rule of
    /// its own fits fully. Null for a rule's own finding.</summary>
    public string? Family { get; init; }

    /// <summary>Why the confidence is lower than the rule's (evidence only in quoted mail history, a newest message saying
    /// the error is gone); empty when it is the rule's.</summary>
    public IReadOnlyList<ConfidenceAdjustment> Adjustments { get; init; } = [];

    /// <summary>Most evidence lines a report shows for one finding.</summary>
    public const int MaxEvidence = 12;

    /// <summary>Most facts a merged finding keeps per binding.</summary>
    public const int MaxFactsPerBinding = 4;

    /// <summary>The evidence a report shows: at most <see cref="MaxEvidence"/> lines of <see cref="AllEvidence"/>, strongest first.</summary>
    public IReadOnlyList<Evidence> Evidence => [.. AllEvidence.Take(MaxEvidence)];

    /// <summary>How many evidence lines matched beyond <see cref="Evidence"/> (those of omitted facts counted once each).</summary>
    public int MoreEvidence => Math.Max(0, AllEvidence.Count - MaxEvidence) + OmittedFacts;

    /// <summary>The evidence of the kept facts and of the facts they were inferred from, without repeats, strongest
    /// first: each fact's first occurrence, then its last when its input repeated it.</summary>
    public IReadOnlyList<Evidence> AllEvidence => [.. Facts.SelectMany(f => EvidenceOf(f.Fact)).Distinct()];

    /// <summary>How many different conditions the evidence satisfies: the specificity of the finding.</summary>
    public int Bindings => Facts.Select(f => f.Binding).Distinct(StringComparer.Ordinal).Count();

    private static IEnumerable<Evidence> EvidenceOf(Fact fact) => fact is InferredFact inferred
        ? inferred.Values.Values.OfType<Fact>().SelectMany(EvidenceOf).Prepend(inferred.Evidence)
        : fact.SeenAt;
}
