namespace RulesEngine.Core.Extraction.Redaction;

/// <summary>A range of text holding a secret, and what to print in its place.</summary>
/// <param name="Start">0-based offset of the first secret character.</param>
/// <param name="End">0-based offset just past the last secret character.</param>
/// <param name="Replacement">The text printed instead of the range.</param>
internal readonly record struct SecretSpan(int Start, int End, string Replacement);
