using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>How an inferred fact's field gets its value when the rule fires: a literal, or read from a matched fact.</summary>
/// <param name="Field">The inferred field's name.</param>
/// <param name="Literal">The constant, when <paramref name="Binding"/> is null.</param>
/// <param name="Binding">The matched fact to read from.</param>
/// <param name="Source">The field to read; null to take the whole fact.</param>
internal sealed record InferredValue(string Field, object? Literal, string? Binding, FactField? Source);
