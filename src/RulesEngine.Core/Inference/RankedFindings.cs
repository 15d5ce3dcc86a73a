namespace RulesEngine.Core.Inference;

/// <summary>The findings to show, best first; those hidden by a look-alike; and the questions that separate look-alikes
/// found at the same status.</summary>
internal sealed record RankedFindings(IReadOnlyList<Finding> Shown, IReadOnlyList<YieldedFinding> Yielded, IReadOnlyList<string> Separating);
