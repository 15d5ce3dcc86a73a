namespace RulesEngine.Core.Extraction.Errors;

/// <summary>One member of a JSON object found by <see cref="JsonScan"/>: 0-based offsets of the key's text and of the
/// value's text (a string value without its quotes).</summary>
internal readonly record struct JsonMember(int KeyStart, int KeyEnd, int ValueStart, int ValueEnd, bool IsString);
