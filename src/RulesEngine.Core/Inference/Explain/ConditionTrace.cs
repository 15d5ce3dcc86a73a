using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference.Explain;

/// <summary>Whether one top-level condition of a rule held for the ticket, on its own (with the conditions it joins on).</summary>
/// <param name="Section"><c>when</c> or <c>confirm</c>.</param>
/// <param name="Span">Where the condition is written.</param>
/// <param name="Text">The condition as written, on one line.</param>
/// <param name="Held">True when some facts satisfy it.</param>
/// <param name="Evidence">The facts' evidence when it held.</param>
/// <param name="Ask">The question the author attached to it (or, for a missing <c>confirm</c> item, the rule's questions).</param>
public sealed record ConditionTrace(string Section, SourceSpan Span, string Text, bool Held, IReadOnlyList<Evidence> Evidence, IReadOnlyList<string> Ask);
