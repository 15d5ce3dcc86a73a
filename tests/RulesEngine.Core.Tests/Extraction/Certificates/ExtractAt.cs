using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

/// <summary>Runs the public <see cref="FactExtractor"/> over test text judged at a fixed time.</summary>
internal static class ExtractAt
{
    /// <summary>The time these tests judge certificates at.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    /// <summary>The facts of type <typeparamref name="T"/> of one input, judged at <see cref="Now"/>.</summary>
    public static List<T> Facts<T>(string content, string name = "ticket.txt")
        where T : Fact =>
        [.. new FactExtractor(Extract.SeedCatalog).Extract([new TicketInput(name, content)], new ExtractionOptions(Now)).OfType<T>()];
}
