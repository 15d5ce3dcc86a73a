using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Scale;

/// <summary>Every diagnosis runs under budgets the engine enforces: distinct facts per kind (the rest cut, and the
/// diagnosis says what and from where), a time budget, and the caller's cancellation.</summary>
public sealed class BudgetTests
{
    // 30 distinct ERROR records (their loggers differ), each repeated twice.
    private static readonly string Log = string.Concat(Enumerable.Range(0, 60).Select(i =>
        $"2026-11-28 10:15:{i % 60:00}.000 ERROR [exec-1] com.sap.it.Component{i % 30} - step failed\n"));

    [Fact]
    public void Diagnose_MoreDistinctFactsThanTheBudget_PartialResultSaysWhatWasCutAndWhere()
    {
        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(
            [new TicketInput("trace.log", Log)],
            new DiagnoseOptions(SeedKnowledgeBase.Now, MaxFactsPerKind: 10));

        Assert.True(diagnosis.IsPartial);
        var cut = Assert.Single(diagnosis.Cuts);
        Assert.Equal(("log-entry", 10, 20), (cut.Kind, cut.Kept, cut.Dropped));
        Assert.Equal(("trace.log", 11, 1), (cut.FirstDropped.Input, cut.FirstDropped.Line, cut.FirstDropped.Column));
        Assert.Equal(10, diagnosis.Facts.OfType<Facts.LogEntry>().Count());
        Assert.All(diagnosis.Facts.OfType<Facts.LogEntry>(), e => Assert.Equal(2, e.Count));
        Assert.StartsWith("trace.log(11,1): 20 more distinct log-entry facts than the budget of 10 were not considered", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_MoreInputsThanTheBudget_RefusedNamingBothCounts()
    {
        var inputs = Enumerable.Range(0, RulesEngine.Core.Extraction.ExtractionOptions.DefaultMaxInputs + 1)
            .Select(i => new TicketInput($"log{i}.txt", "HTTP 401 Unauthorized")).ToList();

        var error = Assert.Throws<RulesEngine.Core.Extraction.InputTooLargeException>(() => SeedKnowledgeBase.Instance.Diagnose(inputs, new DiagnoseOptions(SeedKnowledgeBase.Now)));

        Assert.Equal(("ticket", 257L, 256L), (error.Input, error.Length, error.Limit));
        Assert.StartsWith("the ticket has 257 inputs; the limit is 256:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_AsManyInputsAsTheBudget_Diagnosed()
    {
        var inputs = Enumerable.Range(0, 3).Select(i => new TicketInput($"log{i}.txt", "HTTP 401 Unauthorized")).ToList();

        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(inputs, new DiagnoseOptions(SeedKnowledgeBase.Now) { MaxInputs = 3 });

        Assert.Equal(3, diagnosis.Facts.Count(f => f is Facts.HttpError));
    }

    [Fact]
    public void Report_PartialDiagnosis_SaysSoInEveryFormat()
    {
        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(
            [new TicketInput("trace.log", Log)],
            new DiagnoseOptions(SeedKnowledgeBase.Now, MaxFactsPerKind: 10));

        var report = DiagnosisJson.ToReport(diagnosis, SeedKnowledgeBase.Instance);

        Assert.True(report.Partial);
        Assert.Single(report.Cuts);
        Assert.StartsWith("PARTIAL DIAGNOSIS: trace.log(11,1): 20 more distinct log-entry facts", DiagnosisText.Write(diagnosis, markdown: false), StringComparison.Ordinal);
        Assert.StartsWith("> **Partial diagnosis:** trace.log(11,1)", DiagnosisText.Write(diagnosis, markdown: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_WithinTheBudget_IsComplete()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(new TicketInput("trace.log", Log));

        Assert.False(diagnosis.IsPartial);
        Assert.Equal(30, diagnosis.Facts.OfType<Facts.LogEntry>().Count());
    }

    [Fact]
    public void Diagnose_TokenAlreadyCancelled_StopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SeedKnowledgeBase.Instance.Diagnose([new TicketInput("trace.log", Log)], new DiagnoseOptions(SeedKnowledgeBase.Now), cancelled.Token));
    }

    [Fact]
    public void Diagnose_TokenCancelledWhileALargeLogIsRead_StopsWithOperationCanceled()
    {
        var large = string.Concat(Enumerable.Repeat(Log, 3_000)); // about 12 MB
        using var cancellation = new CancellationTokenSource();

        // Cancelled from a thread of its own: a timer's callback waits for the thread pool, which a loaded test run starves.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(20);
            cancellation.Cancel();
        });
        canceller.Start();

        // Recorded, so that a failure says what came instead (under a loaded machine the token may fire in any stage).
        var error = Record.Exception(() =>
            SeedKnowledgeBase.Instance.Diagnose([new TicketInput("trace.log", large)], new DiagnoseOptions(SeedKnowledgeBase.Now), cancellation.Token));
        canceller.Join();

        Assert.True(error is OperationCanceledException, $"expected the cancellation, not the time budget, got {error?.ToString() ?? "a result"}");
    }

    [Fact]
    public void Diagnose_OverTheTimeBudget_StopsWithATimeoutThatNamesTheBudget()
    {
        var large = string.Concat(Enumerable.Repeat(Log, 3_000));

        var error = Assert.Throws<DiagnosisTimeoutException>(() => SeedKnowledgeBase.Instance.Diagnose(
            [new TicketInput("trace.log", large)],
            new DiagnoseOptions(SeedKnowledgeBase.Now) { Timeout = TimeSpan.FromMilliseconds(20) }));

        Assert.Equal(TimeSpan.FromMilliseconds(20), error.Budget);
        Assert.StartsWith("the diagnosis was stopped after its time budget of 0.02 s", error.Message, StringComparison.Ordinal);
    }
}
