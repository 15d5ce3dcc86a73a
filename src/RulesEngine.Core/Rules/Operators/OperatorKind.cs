namespace RulesEngine.Core.Rules.Operators;

/// <summary>The comparisons a rule can make on a field.</summary>
internal enum OperatorKind
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
