using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>A symptom declared in a rule file as text: keywords and, optionally, a regex with named captures.
/// It becomes <c>signal</c> facts that rules match like any other fact.</summary>
/// <param name="Name">Unique kebab-case name; the <c>name</c> field of the facts.</param>
/// <param name="Keywords">Literals, any of which marks the symptom (ignoring case); they feed the one-pass keyword index.</param>
/// <param name="Regex">A regex run on the line of each keyword hit; its named groups become fields of the fact.</param>
/// <param name="Certain">True when a hedged mention (the customer is not sure of it, or asks) is not the signal.</param>
internal sealed record SignalNode(SourceSpan Span, Located<string> Name, IReadOnlyList<Located<string>> Keywords, Located<string>? Regex, bool Certain = false);
