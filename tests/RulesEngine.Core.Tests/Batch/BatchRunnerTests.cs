using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Core.Batch;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Batch;

/// <summary>The batch core: a ticket whose report would be partial is an error line of its own; results keep the input
/// order at any parallelism; resumed lines are skipped, not returned.</summary>
public sealed class BatchRunnerTests
{
    private static readonly string Log = string.Concat(Enumerable.Range(0, 60).Select(i =>
        $"2026-11-28 10:15:{i % 60:00}.000 ERROR [exec-1] com.sap.it.Component{i} - step {i} failed\n"));

    [Fact]
    public void Run_MoreDistinctFactsThanTheBudget_FactBudgetError()
    {
        var line = JsonSerializer.Serialize(new { id = "big", inputs = new[] { new { name = "trace.log", content = Log } } });
        var options = new BatchOptions(new DiagnoseOptions(SeedKnowledgeBase.Now, MaxFactsPerKind: 10));

        var result = Assert.Single(BatchRunner.Run(SeedKnowledgeBase.Instance, new StringReader(line + "\n"), options));

        Assert.Equal("fact-budget", result.ErrorKind);
        Assert.Contains("partial", (string?)JsonNode.Parse(result.Json)!["error"]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(2, 4)]
    public void Run_AnyParallelism_InputOrderAndSkippedLinesLeftOut(int parallelism, int skipThrough)
    {
        var lines = string.Concat(Enumerable.Range(1, 12).Select(i => JsonSerializer.Serialize(new
        {
            id = $"t{i}",
            inputs = new[] { new { name = "ticket.txt", content = i % 3 == 0 ? Log[..200] : $"HTTP 401 Unauthorized number {i}" } },
        }) + "\n"));
        var options = new BatchOptions(new DiagnoseOptions(SeedKnowledgeBase.Now), Parallelism: parallelism, SkipThrough: skipThrough);

        var results = BatchRunner.Run(SeedKnowledgeBase.Instance, new StringReader(lines), options).ToList();

        Assert.Equal(Enumerable.Range(skipThrough + 1, 12 - skipThrough), results.Select(r => r.Line));
        Assert.Equal(results.Select(r => $"t{r.Line}"), results.Select(r => r.Id));
    }

    [Fact]
    public void Run_LinesWithAnswers_YesConfirmsAWrongAnswerIsItsOwnError()
    {
        var ticket = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Samples, "seed", "ticket.txt"));
        string Line(string id, object? answers) => JsonSerializer.Serialize(new { id, inputs = new[] { new { name = "ticket.txt", content = ticket } }, answers }) + "\n";
        var lines = Line("asked", null) + Line("yes", new Dictionary<string, string> { ["wfs-trace-line"] = "yes" })
            + Line("typo", new Dictionary<string, string> { ["wfs-trace-lin"] = "yes" }) + Line("not-a-map", "yes");

        var results = BatchRunner.Run(SeedKnowledgeBase.Instance, new StringReader(lines), new BatchOptions(new DiagnoseOptions(SeedKnowledgeBase.Now))).ToList();

        Assert.Equal([null, null, "invalid-answers", "invalid-ticket"], results.Select(r => r.ErrorKind));
        Assert.Equal("suspected", (string?)JsonNode.Parse(results[0].Json)!["report"]!["findings"]![0]!["status"]);
        Assert.Equal("confirmed", (string?)JsonNode.Parse(results[1].Json)!["report"]!["findings"]![0]!["status"]);
        Assert.Contains("wfs-trace-lin", (string?)JsonNode.Parse(results[2].Json)!["error"]!["message"], StringComparison.Ordinal);
    }
}
