using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage diagnose --timeout</c> and <c>--all-facts</c>: the time budget stops the work with exit 5, and the
/// JSON report's fact list is bounded unless every fact is asked for.</summary>
public sealed class BudgetOptionTests
{
    // 300 distinct log records (their loggers differ): more facts than a report lists by default.
    private static readonly string ManyRecords = string.Concat(Enumerable.Range(0, 300).Select(i =>
        $"2026-11-28 10:15:02.000 INFO [exec-1] com.sap.it.Component{i} - step done\n"));

    [Fact]
    public void Diagnose_OverTheTimeout_Exit5NamingTheBudget()
    {
        using var folder = new TempFolder();
        var log = folder.Write("trace.log", string.Concat(Enumerable.Repeat(ManyRecords, 1_000))); // about 15 MB

        var (exit, output, error) = Run(["diagnose", "--timeout", "0.001", log]);

        Assert.Equal(5, exit);
        Assert.Equal("", output);
        // Reading 15 MB or diagnosing it: whichever the budget stops, the message names it.
        Assert.StartsWith("triage: error: ", error, StringComparison.Ordinal);
        Assert.Contains("time budget of 0.001 s", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("soon")]
    public void Diagnose_TimeoutNotAPositiveNumber_UsageError(string value)
    {
        var (exit, output, error) = Run(["diagnose", "--timeout", value, Sample("ticket.txt")]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--timeout", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_Json_ListsABoundedNumberOfFactsAndCountsTheRest()
    {
        using var folder = new TempFolder();
        var log = folder.Write("trace.log", ManyRecords);

        var (exit, output, _) = Run(["diagnose", "--format", "json", log]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(100, json.RootElement.GetProperty("facts").GetArrayLength());
        Assert.Equal(300, json.RootElement.GetProperty("facts_total").GetInt32());
        Assert.Equal(200, json.RootElement.GetProperty("facts_omitted").GetInt32());
    }

    [Fact]
    public void Diagnose_JsonWithAllFacts_ListsEveryFact()
    {
        using var folder = new TempFolder();
        var log = folder.Write("trace.log", ManyRecords);

        var (exit, output, _) = Run(["diagnose", "--format", "json", "--all-facts", log]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(300, json.RootElement.GetProperty("facts").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("facts_omitted").GetInt32());
    }

    [Fact]
    public void Diagnose_TextWithoutFinding_ListsABoundedNumberOfFacts()
    {
        using var folder = new TempFolder();
        var log = folder.Write("trace.log", ManyRecords);

        var (exit, output, _) = Run(["diagnose", log]);

        Assert.Equal(0, exit);
        Assert.Equal(50, output.Split('\n').Count(l => l.StartsWith("- trace.log(", StringComparison.Ordinal)));
        Assert.Contains("- … and 250 more facts (the JSON report lists them all with --all-facts)", output, StringComparison.Ordinal);
    }
}
