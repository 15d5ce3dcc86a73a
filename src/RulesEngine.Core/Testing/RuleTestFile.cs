namespace RulesEngine.Core.Testing;

/// <summary>A rule-test file (<c>*.tests.yaml</c> beside the rules): its path and its cases.</summary>
public sealed record RuleTestFile(string Path, IReadOnlyList<RuleTestCase> Cases);
