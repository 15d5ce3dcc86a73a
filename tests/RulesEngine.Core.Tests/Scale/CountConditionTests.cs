using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Scale;

/// <summary>"Fails on every retry" is a symptom: a rule can test how often its input repeated a fact.</summary>
public sealed class CountConditionTests
{
    private const string Rules = """
        rules:
          - id: token-fails-on-every-retry
            article: retry-article
            status: confirmed
            when:
              - log-entry: { level: ERROR, message: { contains: "could not fetch token" }, count: { at-least: 10 } }
                as: failure
        """;

    private const string Article = """
        ---
        id: retry-article
        title: Token fails on every retry
        product: SAP Cloud Integration
        component: LOD-HCI-PI-RT
        source: https://example.com/retry
        ---
        Failed {{ bound.failure.count }} times, first at line {{ bound.failure.evidence.line }}, last at {{ bound.failure.last_seen | date.to_string "%H:%M:%S" }}.
        """;

    private static string Log(int retries) => string.Concat(Enumerable.Range(0, retries).Select(i =>
        $"2026-11-28 10:{i / 60:00}:{i % 60:00}.000 ERROR [exec-{i}] com.sap.it.TokenClient - could not fetch token for request {100_000 + i}\n"
        + $"2026-11-28 10:{i / 60:00}:{i % 60:00}.500 INFO [exec-{i}] com.sap.it.Retry - retrying in 1000 ms\n"));

    [Fact]
    public void Diagnose_FailureRepeatedTenTimes_RuleOnCountFiresAndRendersTheCount()
    {
        var knowledgeBase = Load(out var folder);
        using var _ = folder;

        var diagnosis = knowledgeBase.Diagnose([new TicketInput("trace.log", Log(10))]);

        var finding = Assert.Single(diagnosis.Findings);
        Assert.Equal("token-fails-on-every-retry", finding.Finding.RuleId);
        Assert.Equal("Failed 10 times, first at line 1, last at 10:00:09.", finding.Resolution?.Trim());
    }

    [Fact]
    public void Diagnose_FailureRepeatedNineTimes_RuleOnCountDoesNotFire()
    {
        var knowledgeBase = Load(out var folder);
        using var _ = folder;

        var diagnosis = knowledgeBase.Diagnose([new TicketInput("trace.log", Log(9))]);

        Assert.Empty(diagnosis.Findings);
        Assert.Equal(9, diagnosis.Facts.OfType<Facts.LogEntry>().Single(e => e.Level == "ERROR").Count);
    }

    private static KnowledgeBase Load(out TempFolder folder)
    {
        folder = new TempFolder();
        folder.Write("rules/retry.yaml", Rules);
        folder.Write("kb/articles/retry-article.md", Article);
        var loaded = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb"));
        return loaded.KnowledgeBase ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
    }
}
