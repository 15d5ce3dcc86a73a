namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>A kept member's value: a string (the input offset just after its opening quote) or a number's text.</summary>
/// <param name="StringStart">0-based input offset of the string's first content character, or -1 for a number.</param>
/// <param name="Number">The number as written, for a number.</param>
internal readonly record struct JsonMemberValue(int StringStart, string? Number)
{
    /// <summary>True for a string value.</summary>
    public bool IsString => StringStart >= 0;
}
