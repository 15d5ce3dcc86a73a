namespace RulesEngine.Core.Rules.Model;

/// <summary>One rule file as written: its path, its rules and its signals, every node with its position.</summary>
internal sealed record RuleDocument(string Path, IReadOnlyList<RuleNode> Rules, IReadOnlyList<SignalNode> Signals)
{
    /// <summary>A document with nothing read (the file did not parse).</summary>
    public static RuleDocument Empty(string path) => new(path, [], []);
}
