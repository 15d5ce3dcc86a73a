using RulesEngine.Core;
using RulesEngine.Core.Bundles;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Server.Knowledge;

/// <summary>What the server serves and how the last load went, swapped as one reference so a request sees a consistent pair.</summary>
/// <param name="KnowledgeBase">The last knowledge base that loaded without errors; null until one has.</param>
/// <param name="LoadedAt">When <paramref name="KnowledgeBase"/> was loaded.</param>
/// <param name="AttemptedAt">When the last load (successful or not) finished; null before the first.</param>
/// <param name="Errors">The errors of the last load: empty when it succeeded, else why the edit was refused.</param>
/// <param name="Loads">How many loads succeeded.</param>
/// <param name="Bundle">The manifest of the bundle <paramref name="KnowledgeBase"/> came from; null when served from folders.</param>
internal sealed record KnowledgeBaseState(
    KnowledgeBase? KnowledgeBase,
    DateTimeOffset? LoadedAt,
    DateTimeOffset? AttemptedAt,
    IReadOnlyList<Diagnostic> Errors,
    int Loads,
    BundleManifest? Bundle = null)
{
    public static KnowledgeBaseState Initial { get; } = new(null, null, null, [], 0);
}
