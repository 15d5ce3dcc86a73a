using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Seed;

/// <summary>The shipped knowledge base, loaded once for all seed tests (a knowledge base is immutable and thread-safe).</summary>
internal static class SeedKnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeBaseLoader.Load(RepositoryPaths.Rules, RepositoryPaths.Kb);
        return result.KnowledgeBase ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    });

    public static KnowledgeBase Instance => Loaded.Value;

    /// <summary>The time the seed tickets are judged at.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    public static Inference.Diagnosis Diagnose(params TicketInput[] inputs) =>
        Instance.Diagnose(inputs, new DiagnoseOptions(Now));
}
