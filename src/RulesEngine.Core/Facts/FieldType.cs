namespace RulesEngine.Core.Facts;

/// <summary>The value types a rule can compare. Each maps to one .NET type in conditions.</summary>
internal enum FieldType
{
    /// <summary>Text, compared case-insensitively (<c>string?</c>).</summary>
    Text,

    /// <summary>A number (<c>double?</c>).</summary>
    Number,

    /// <summary>True or false (<c>bool?</c>).</summary>
    Boolean,

    /// <summary>A point in time (<c>DateTimeOffset?</c>).</summary>
    Time,

    /// <summary>A whole fact, held by an inferred fact (only <c>exists</c> applies).</summary>
    Fact,
}
