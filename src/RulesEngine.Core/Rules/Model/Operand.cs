using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>The right-hand side of a comparison.</summary>
internal abstract record Operand(SourceSpan Span);

/// <summary>A YAML scalar as written; <paramref name="Quoted"/> tells "401" from 401.</summary>
internal sealed record ScalarOperand(SourceSpan Span, string Text, bool Quoted) : Operand(Span);

/// <summary>A YAML list of scalars (for <c>one-of</c>).</summary>
internal sealed record ListOperand(SourceSpan Span, IReadOnlyList<ScalarOperand> Items) : Operand(Span);

/// <summary>A field of another bound fact: <c>$trace.sha256</c>; or, with no field, the whole fact (<c>$trace</c>, in <c>infer</c> only).</summary>
internal sealed record ReferenceOperand(SourceSpan Span, string Binding, string? Field) : Operand(Span);

/// <summary>A time window around another time: <c>{ after: $import.time, within: 24h }</c> holds when the field is after
/// the anchor by at most the duration (<paramref name="AfterAnchor"/> false: before it by at most the duration).</summary>
internal sealed record WindowOperand(SourceSpan Span, ScalarOperand Duration, Operand Anchor, bool AfterAnchor) : Operand(Span);
