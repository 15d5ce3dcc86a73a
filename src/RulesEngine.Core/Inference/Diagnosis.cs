using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>The result of diagnosing a ticket.</summary>
/// <param name="Findings">Best first: confirmed before suspected, then by confidence, then by how much evidence.</param>
/// <param name="Questions">What to ask next: the texts of <see cref="OpenQuestions"/>, best-separating first.</param>
/// <param name="Facts">Every fact extracted or inferred, in input and position order.</param>
/// <param name="Now">The time the ticket was judged at.</param>
/// <param name="Fired">Every rule firing, in order (the raw material of coverage and explain traces).</param>
public sealed record Diagnosis(
    IReadOnlyList<DiagnosedFinding> Findings,
    IReadOnlyList<string> Questions,
    IReadOnlyList<Fact> Facts,
    DateTimeOffset Now,
    IReadOnlyList<FiredRule> Fired)
{
    /// <summary>What the fact budget cut: empty when the rules saw every distinct fact of the ticket. When not empty the
    /// diagnosis is partial, and every report says so.</summary>
    public IReadOnlyList<FactBudgetCut> Cuts { get; init; } = [];

    /// <summary>Findings hidden because a look-alike they yield to was found with a stronger status.</summary>
    internal IReadOnlyList<YieldedFinding> Yielded { get; init; } = [];

    /// <summary>The questions still open, best-separating first (<see cref="QuestionRanker"/>): their texts are
    /// <see cref="Questions"/>, in the same order. Answered questions are not open.</summary>
    public System.Collections.Immutable.ImmutableArray<Questions.Question> OpenQuestions { get; init; } = [];

    /// <summary>True when the fact budget cut something.</summary>
    public bool IsPartial => Cuts.Count > 0;
}
