using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Seed;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Scale;

/// <summary>A trace log that repeats its failure on every retry is diagnosed as if it said it once: the same findings,
/// status and article text, with the repeats counted and the evidence bounded.</summary>
public sealed class RepeatedFailureTests
{
    private static readonly string Trace = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "trace.log"));

    private static Inference.Diagnosis DiagnoseSeed(int repeats) => SeedKnowledgeBase.Diagnose(
        new TicketInput("ticket.txt", File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "ticket.txt"))),
        new TicketInput("trace.log", string.Concat(Enumerable.Repeat(Trace, repeats))),
        new TicketInput("service-key.json", File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "service-key.json"))));

    [Fact]
    public void Diagnose_SeedFailureRepeated1000Times_SameFindingsStatusAndArticleTextAsOnce()
    {
        var once = DiagnoseSeed(1);

        var repeated = DiagnoseSeed(1_000);

        Assert.Equal(
            once.Findings.Select(f => (f.Finding.Article, f.Finding.Status, f.Finding.RuleId, f.Finding.Confidence)),
            repeated.Findings.Select(f => (f.Finding.Article, f.Finding.Status, f.Finding.RuleId, f.Finding.Confidence)));
        Assert.Equal(once.Findings.Select(f => f.Resolution), repeated.Findings.Select(f => f.Resolution));
        Assert.Equal(once.Questions, repeated.Questions);
        Assert.False(repeated.IsPartial);
    }

    [Fact]
    public void Diagnose_SeedFailureRepeated1000Times_OneFactPerSymptomCountingEveryRetry()
    {
        var once = DiagnoseSeed(1);
        var lines = Trace.Count(c => c == '\n');

        var repeated = DiagnoseSeed(1_000);

        Assert.Equal(once.Facts.Count, repeated.Facts.Count);
        var traceLine = repeated.Facts.OfType<LogEntry>().Single(e => e.Message.Contains("not configured in a service key", StringComparison.Ordinal));
        Assert.Equal(1_000, traceLine.Count);
        Assert.Equal((2, 2 + (999 * lines)), (traceLine.Evidence.Line, traceLine.Seen.Last!.Line));
        var presented = repeated.Facts.OfType<Certificate>().Single(c => c.Origin == CertificateOrigin.TraceLog);
        Assert.Equal(1_000, presented.Count);
        Assert.All(repeated.Facts.Where(f => f is not InferredFact && f.Evidence.Input == "trace.log"), f => Assert.Equal(1_000, f.Count));
    }

    [Fact]
    public void Diagnose_SeedFailureRepeated1000Times_EvidenceIsBoundedWithFirstAndLastOccurrence()
    {
        var repeated = DiagnoseSeed(1_000).Findings[0].Finding;

        Assert.InRange(repeated.Evidence.Count, 1, Inference.Finding.MaxEvidence);
        Assert.Equal(repeated.AllEvidence.Count, repeated.AllEvidence.Distinct().Count());
        var traceLines = repeated.Evidence.Where(e => e.Input == "trace.log").Select(e => e.Line).ToList();
        Assert.Contains(2, traceLines);
        Assert.Contains(traceLines, line => line > 1_000);
        // The line that confirms the cause comes first.
        Assert.Equal(("trace.log", 2), (repeated.Evidence[0].Input, repeated.Evidence[0].Line));
    }
}
