namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>One value of a scanned JSON text: its place in the tree and its raw position.</summary>
/// <param name="Parent">Index of the containing object or array in the scan's node list; -1 for the root.</param>
/// <param name="Name">The member name (escapes decoded) when the parent is an object; null in an array and for the root.</param>
/// <param name="Index">The element index when the parent is an array; -1 otherwise.</param>
/// <param name="NameStart">0-based offset of the member name's opening quote, or of the value when it has no name.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="ValueStart">0-based offset where the value starts (inside the quotes for a string).</param>
/// <param name="ValueEnd">0-based offset just past the value (at the closing quote for a string).</param>
internal readonly record struct JsonNode(int Parent, string? Name, int Index, int NameStart, JsonNodeKind Kind, int ValueStart, int ValueEnd);
