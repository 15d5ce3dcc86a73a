namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>The kinds of value a <see cref="JsonScanner"/> reads.</summary>
internal enum JsonNodeKind
{
    /// <summary>An object: <c>{ … }</c>.</summary>
    Object,

    /// <summary>An array: <c>[ … ]</c>.</summary>
    Array,

    /// <summary>A string; its range is the raw text between the quotes, escapes not decoded.</summary>
    String,

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Literal,
}
