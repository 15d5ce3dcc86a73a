namespace RulesEngine.Core.Rules.Model;

/// <summary>One rule file as written: its path, its rules, its signals and its named condition blocks, every node with its position.</summary>
internal sealed record RuleDocument(string Path, IReadOnlyList<RuleNode> Rules, IReadOnlyList<SignalNode> Signals, IReadOnlyList<ConditionBlock> Blocks)
{
    /// <summary>A document with nothing read (the file did not parse).</summary>
    public static RuleDocument Empty(string path) => new(path, [], [], []);
}
