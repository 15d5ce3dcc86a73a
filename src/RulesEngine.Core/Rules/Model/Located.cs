using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>A value with the span it was read from.</summary>
public sealed record Located<T>(T Value, SourceSpan Span);
