using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

/// <summary>What the literal comparisons on one field of one condition allow so far; says when a new comparison
/// leaves no value possible (the rule can never fire).</summary>
internal sealed class FieldConstraint
{
    private (object Value, FieldComparison At)? _equals;
    private readonly List<(object Value, FieldComparison At)> _notEquals = [];
    private (HashSet<object> Values, FieldComparison At)? _oneOf;
    private (IComparable Value, bool Inclusive, FieldComparison At)? _lower;
    private (IComparable Value, bool Inclusive, FieldComparison At)? _upper;
    private (bool Value, FieldComparison At)? _exists;

    /// <summary>Adds a comparison; returns the earlier comparison it contradicts, or null.</summary>
    public FieldComparison? Add(string op, object? value, IReadOnlyList<object>? values, FieldComparison at) => op switch
    {
        "exists" => AddExists((bool)value!, at),
        "equals" => AddEquals(value!, at),
        "not-equals" => AddNotEquals(value!, at),
        "one-of" => AddOneOf(values!, at),
        "greater-than" or "after" => AddLower((IComparable)value!, inclusive: false, at),
        "at-least" => AddLower((IComparable)value!, inclusive: true, at),
        "less-than" or "before" => AddUpper((IComparable)value!, inclusive: false, at),
        "at-most" => AddUpper((IComparable)value!, inclusive: true, at),
        _ => null,
    };

    private FieldComparison? AddExists(bool exists, FieldComparison at)
    {
        if (_exists is { } earlier && earlier.Value != exists)
        {
            return earlier.At;
        }

        _exists = (exists, at);
        return exists ? null : (_equals?.At ?? _oneOf?.At ?? _lower?.At ?? _upper?.At);
    }

    private FieldComparison? AddEquals(object value, FieldComparison at)
    {
        if (_equals is { } earlier && !Equal(earlier.Value, value))
        {
            return earlier.At;
        }

        _equals ??= (value, at);
        return Violates(value);
    }

    private FieldComparison? AddNotEquals(object value, FieldComparison at)
    {
        _notEquals.Add((value, at));
        return _equals is { } eq && Equal(eq.Value, value) ? eq.At : null;
    }

    private FieldComparison? AddOneOf(IReadOnlyList<object> values, FieldComparison at)
    {
        var set = values.Select(Normalize).ToHashSet();
        if (_oneOf is { } earlier)
        {
            set.IntersectWith(earlier.Values);
            if (set.Count == 0)
            {
                return earlier.At;
            }
        }

        _oneOf = (set, at);
        return _equals is { } eq && !set.Contains(Normalize(eq.Value)) ? eq.At : null;
    }

    private FieldComparison? AddLower(IComparable value, bool inclusive, FieldComparison at)
    {
        if (_lower is null || value.CompareTo(_lower.Value.Value) > 0)
        {
            _lower = (value, inclusive, at);
        }

        return EmptyRange() ?? (_equals is { } eq ? Violates(eq.Value) : null);
    }

    private FieldComparison? AddUpper(IComparable value, bool inclusive, FieldComparison at)
    {
        if (_upper is null || value.CompareTo(_upper.Value.Value) < 0)
        {
            _upper = (value, inclusive, at);
        }

        return EmptyRange() ?? (_equals is { } eq ? Violates(eq.Value) : null);
    }

    private FieldComparison? EmptyRange()
    {
        if (_lower is not { } lower || _upper is not { } upper)
        {
            return null;
        }

        var order = lower.Value.CompareTo(upper.Value);
        return order > 0 || (order == 0 && !(lower.Inclusive && upper.Inclusive)) ? lower.At : null;
    }

    /// <summary>The earlier comparison that <paramref name="value"/> fails, if any.</summary>
    private FieldComparison? Violates(object value)
    {
        if (_exists is { Value: false } absent)
        {
            return absent.At;
        }

        if (_notEquals.Find(n => Equal(n.Value, value)) is { At: not null } excluded)
        {
            return excluded.At;
        }

        if (_oneOf is { } oneOf && !oneOf.Values.Contains(Normalize(value)))
        {
            return oneOf.At;
        }

        if (value is IComparable comparable)
        {
            if (_lower is { } lower && (comparable.CompareTo(lower.Value) < 0 || (!lower.Inclusive && comparable.CompareTo(lower.Value) == 0)))
            {
                return lower.At;
            }

            if (_upper is { } upper && (comparable.CompareTo(upper.Value) > 0 || (!upper.Inclusive && comparable.CompareTo(upper.Value) == 0)))
            {
                return upper.At;
            }
        }

        return null;
    }

    // Text compares ignoring case, as the engine does.
    private static object Normalize(object value) => value is string text ? text.ToUpperInvariant() : value;

    private static bool Equal(object a, object b) => Normalize(a).Equals(Normalize(b));
}
