using System.Collections.Immutable;

namespace RulesEngine.Core.Facts;

/// <summary>A fact that a rule inferred (forward chaining), of a kind the rule files declare by inferring it.</summary>
/// <remarks>Two inferred facts are equal when their kind and values are: the session holds one fact per distinct set of
/// values, however many matches or rules inferred it (<see cref="RuleIds"/> names them all). It is an NRules linked
/// fact, so it is retracted when the last match it was inferred from goes.
/// Numbers are stored as <c>double</c>, times as <c>DateTimeOffset</c>, whole facts as <see cref="Fact"/>.</remarks>
/// <param name="Kind">The inferred kind's YAML name.</param>
/// <param name="Values">Field values by field name.</param>
internal sealed record InferredFact(string Kind, ImmutableSortedDictionary<string, object?> Values) : Fact
{
    /// <summary>The rules that inferred it, in ordinal order.</summary>
    public required ImmutableArray<string> RuleIds { get; init; }

    /// <summary>The first of <see cref="RuleIds"/>.</summary>
    public string RuleId => RuleIds[0];

    /// <summary>The value of a field, or null when it is not set. Used by compiled conditions.</summary>
    public object? Get(string field) => Values.GetValueOrDefault(field);

    /// <summary>Same kind and same values (evidence and rules are where it came from, not what it says).</summary>
    public bool Equals(InferredFact? other) =>
        other is not null
        && string.Equals(Kind, other.Kind, StringComparison.Ordinal)
        && Values.Count == other.Values.Count
        && Values.All(v => other.Values.TryGetValue(v.Key, out var value) && Equals(v.Value, value));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind, StringComparer.Ordinal);
        foreach (var (field, value) in Values)
        {
            hash.Add(field, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
