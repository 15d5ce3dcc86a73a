using System.Collections.Immutable;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>What extraction gives the rules: the distinct facts (repeats folded), and what the fact budget cut.</summary>
internal sealed record ExtractedFacts(ImmutableArray<Fact> Facts, ImmutableArray<FactBudgetCut> Cuts);
