using System.Text;
using System.Text.Json;
using RulesEngine.Core.Tests.Hostile;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>Each hostile case at 1 Mi characters through <c>triage diagnose</c>: the documented exit code (0, or 4 for
/// a ticket of too many inputs; never 5, the time budget, nor 70), a report that parses, and the planted secret in
/// neither standard output nor standard error.</summary>
public sealed class HostileInputCliTests
{
    private const int Size = 1024 * 1024;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var hostile in HostileCorpus.Cases)
        {
            cases.Add(hostile.Name, "json");
            cases.Add(hostile.Name, "text");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnose_HostileCase_DocumentedExitAndNoSecret(string name, string format)
    {
        using var folder = new TempFolder();
        var files = HostileCorpus.Case(name).Make(Size).Select(i => folder.Write(i.Name, Encoding.UTF8.GetBytes(i.Content))).ToList();

        // --all-facts: the secret line is checked in the report, even after a hundred other facts.
        var (exit, output, error) = Run(["diagnose", "--format", format, "--all-facts", "--now", "2026-11-28T10:30:00Z", .. files]);

        Assert.DoesNotContain(HostileCorpus.Secret, output, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileCorpus.Secret, error, StringComparison.Ordinal);
        if (name == "many-inputs")
        {
            Assert.Equal((4, ""), (exit, output));
            Assert.StartsWith("triage: error: the ticket has 257 inputs; the limit is 256:", error, StringComparison.Ordinal);
            return;
        }

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Equal("", error);
        if (format == "json")
        {
            using var report = JsonDocument.Parse(output);
            Assert.Contains(report.RootElement.GetProperty("facts").EnumerateArray(),
                f => f.GetProperty("evidence").GetProperty("text").GetString()!.Contains("client_secret=***", StringComparison.Ordinal));
        }
    }
}
