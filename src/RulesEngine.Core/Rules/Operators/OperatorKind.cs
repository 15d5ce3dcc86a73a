namespace RulesEngine.Core.Rules.Operators;

/// <summary>The comparisons a rule can make on a field.</summary>
public enum OperatorKind
{
    Equals,
    NotEquals,
    OneOf,
    Contains,
    StartsWith,
    EndsWith,
    Matches,
    GreaterThan,
    AtLeast,
    LessThan,
    AtMost,
    Before,
    After,
    Exists,
}
