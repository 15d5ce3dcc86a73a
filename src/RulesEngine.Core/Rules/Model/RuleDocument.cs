namespace RulesEngine.Core.Rules.Model;

/// <summary>One rule file as written: its path and its rules, every node with its position.</summary>
public sealed record RuleDocument(string Path, IReadOnlyList<RuleNode> Rules);
