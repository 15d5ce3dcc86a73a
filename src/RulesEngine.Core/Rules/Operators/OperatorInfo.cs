using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>An operator as authors write it, and the field types it applies to.</summary>
/// <param name="Name">The YAML name (<c>one-of</c>).</param>
/// <param name="Kind">What it does.</param>
/// <param name="AppliesTo">The field types it accepts.</param>
/// <param name="Description">One sentence for authors.</param>
internal sealed record OperatorInfo(string Name, OperatorKind Kind, IReadOnlyList<FieldType> AppliesTo, string Description)
{
    /// <summary>True when the operand is a list (<c>one-of</c>).</summary>
    public bool TakesList => Kind == OperatorKind.OneOf;

    /// <summary>True when the operand is true/false whatever the field type (<c>exists</c>).</summary>
    public bool TakesBoolean => Kind == OperatorKind.Exists;

    /// <summary>True when the operand is a duration measured from the ticket's time (<c>older-than: 365d</c>).</summary>
    public bool TakesDuration => Kind is OperatorKind.OlderThan or OperatorKind.NewerThan or OperatorKind.ExpiresWithin;

    /// <summary>True when the operand may be a reference to another fact's field (a join).</summary>
    public bool AcceptsReference => Kind is not (OperatorKind.OneOf or OperatorKind.Matches or OperatorKind.Exists or OperatorKind.Within) && !TakesDuration;
}
