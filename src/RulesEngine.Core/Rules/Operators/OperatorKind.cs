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

    /// <summary>The time is more than a duration before the ticket's time.</summary>
    OlderThan,

    /// <summary>The time is less than a duration before the ticket's time (or after it).</summary>
    NewerThan,

    /// <summary>The time is after the ticket's time, by at most a duration.</summary>
    ExpiresWithin,

    /// <summary>With <c>after:</c> or <c>before:</c> in the same test: at most a duration from that time.</summary>
    Within,

    /// <summary>The text is a list that holds the value as one whole item.</summary>
    Includes,
}
