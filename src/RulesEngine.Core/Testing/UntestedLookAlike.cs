using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Testing;

/// <summary>A declared look-alike pair (<c>yields-to</c>) that no passing case tests together.</summary>
/// <param name="Span">Where the first declaration of the pair is written.</param>
/// <param name="Article">The cause that yields.</param>
/// <param name="LookAlike">The article it yields to.</param>
public sealed record UntestedLookAlike(SourceSpan Span, string Article, string LookAlike);
