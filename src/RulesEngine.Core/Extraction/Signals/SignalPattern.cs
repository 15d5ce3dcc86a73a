using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Signals;

/// <summary>A symptom a rule file declares as text: keywords (any of them, ignoring case) and, optionally, a regex with
/// named captures that is run on the line of each keyword hit.</summary>
/// <param name="Name">The signal's name; it becomes the <c>name</c> of the <c>signal</c> fact.</param>
/// <param name="Keywords">The literals, at least one; they feed the one-pass keyword index.</param>
/// <param name="Regex">The linear-time regex whose named groups become the fact's captures; null for keywords only.</param>
public sealed record SignalPattern(string Name, IReadOnlyList<string> Keywords, Regex? Regex);
