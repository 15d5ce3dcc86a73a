using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Testing;

/// <summary>A rule the test cases do not cover, and what is missing: a rule is covered when a passing case asserts
/// what it concludes and a passing case asserts that it is absent.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Missing">What no passing case does, in words.</param>
public sealed record UncoveredRule(RuleNode Rule, string Missing);
