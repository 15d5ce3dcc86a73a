using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core;

/// <summary>The outcome of loading a knowledge base: the knowledge base (null when any error was found) and every diagnostic.</summary>
public sealed record KnowledgeBaseLoadResult(KnowledgeBase? KnowledgeBase, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
