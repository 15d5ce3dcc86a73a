namespace RulesEngine.Core.Inference;

/// <summary>A finding hidden because a look-alike it yields to was found with a stronger status.</summary>
/// <param name="Finding">The hidden finding.</param>
/// <param name="To">The article it yielded to.</param>
internal sealed record YieldedFinding(Finding Finding, string To);
