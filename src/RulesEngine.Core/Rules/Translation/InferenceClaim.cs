using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>What one match of an infer rule concluded. Every match inserts its own claim (a class: identity by
/// reference, so equal claims of two matches are two facts); <see cref="InferenceMerge"/> turns the claims with equal
/// values into one <see cref="InferredFact"/>.</summary>
internal sealed class InferenceClaim(InferredFact fact)
{
    /// <summary>The fact claimed, naming only the rule that claimed it.</summary>
    public InferredFact Fact { get; } = fact;
}
