namespace RulesEngine.Core.Facts;

/// <summary>A fact that a rule inferred (forward chaining), of a kind the rule files declare by inferring it.</summary>
/// <remarks>Inserted as an NRules linked fact, so it is retracted when the facts it was inferred from go.
/// Numbers are stored as <c>double</c>, times as <c>DateTimeOffset</c>, whole facts as <see cref="Fact"/>.</remarks>
/// <param name="Kind">The inferred kind's YAML name.</param>
/// <param name="RuleId">The rule that inferred it.</param>
/// <param name="Values">Field values by field name.</param>
public sealed record InferredFact(string Kind, string RuleId, IReadOnlyDictionary<string, object?> Values) : Fact
{
    /// <summary>The value of a field, or null when it is not set. Used by compiled conditions.</summary>
    public object? Get(string field) => Values.GetValueOrDefault(field);
}
