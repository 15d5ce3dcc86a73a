using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Testing;

/// <summary>An answer a test case gives (<c>answers: { wfs-trace-line: yes }</c>), with where it is written.</summary>
/// <param name="Span">The answer's key in the case.</param>
/// <param name="Question">The question id.</param>
/// <param name="Value">The answer as written.</param>
internal sealed record GivenAnswer(SourceSpan Span, string Question, string Value);
