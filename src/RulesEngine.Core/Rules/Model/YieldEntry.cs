using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>A look-alike a finding yields to (<c>yields-to:</c>): when both are found, the stronger status wins and
/// hides the other; at the same status both are shown, the look-alike first, and <paramref name="Ask"/> tells them apart.</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Article">The look-alike's article id.</param>
/// <param name="Ask">The question that separates the two, shown when both are found at the same status.</param>
/// <param name="Exclusive">The two cannot both be the cause: the look-alike confirmed hides this finding even when it is
/// confirmed too.</param>
internal sealed record YieldEntry(SourceSpan Span, Located<string> Article, string? Ask, bool Exclusive = false);
