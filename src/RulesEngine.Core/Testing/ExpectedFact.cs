using System.Collections.Immutable;
using System.Globalization;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Testing;

/// <summary>A fact a test case expects or forbids: inferred (<c>inferred:</c>, <c>not-inferred:</c>), e.g.
/// <c>{ fact: certificate-comparison, verdict: match }</c>, or extracted (<c>facts:</c>, <c>no-facts:</c>), e.g.
/// <c>{ fact: http-error, status: 401, direction: inbound }</c>. Each field given must have that value (text ignoring
/// case, numbers by value, a list when it holds the value); fields not given may have any.</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Kind">The inferred kind.</param>
/// <param name="Fields">Field name → expected value, as written.</param>
internal sealed record ExpectedFact(SourceSpan Span, string Kind, ImmutableSortedDictionary<string, string> Fields)
{
    /// <summary>True when <paramref name="fact"/> is of the kind and has every value given.</summary>
    public bool Matches(InferredFact fact) =>
        string.Equals(fact.Kind, Kind, StringComparison.Ordinal) && Fields.All(f => Same(fact.Get(f.Key), f.Value));

    /// <summary>True when the extracted <paramref name="fact"/> is of <paramref name="kind"/> (this one's kind) and has every value given.</summary>
    public bool Matches(Fact fact, FactKind kind) =>
        fact.GetType() == kind.ClrType && Fields.All(f => kind.Fields.TryGetValue(f.Key, out var field) && Same(field.Get(fact), f.Value));

    /// <summary>As written: <c>certificate-comparison { verdict: match }</c>.</summary>
    public override string ToString() =>
        Fields.Count == 0 ? Kind : $"{Kind} {{ {string.Join(", ", Fields.Select(f => $"{f.Key}: {f.Value}"))} }}";

    private static bool Same(object? actual, string expected) => actual switch
    {
        null => expected is "null" or "~",
        double number => double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && number == value,
        bool flag => bool.TryParse(expected, out var value) && flag == value,
        DateTimeOffset time => DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) && time == value,
        Fact => false,
        string text => string.Equals(text, expected, StringComparison.OrdinalIgnoreCase),
        System.Collections.IEnumerable list => list.Cast<object?>().Any(item => Same(item, expected)), // a whole fact is not written in a test; test its kind's other fields
        _ => string.Equals(Convert.ToString(actual, CultureInfo.InvariantCulture), expected, StringComparison.OrdinalIgnoreCase),
    };
}
