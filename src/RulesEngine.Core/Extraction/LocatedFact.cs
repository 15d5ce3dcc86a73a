using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>A fact and the 0-based offset in its input where it was found, used to order facts by position.</summary>
internal readonly record struct LocatedFact(int Offset, Fact Fact);
