using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>A batch never loses a ticket: killed mid-run (SIGKILL) and resumed, or resumed after a torn last line, it
/// ends with what one uninterrupted run writes; SIGINT finishes the lines in flight, prints the summary and exits 130;
/// several tickets at once keep the input order.</summary>
public sealed class BatchResumeTests : IDisposable
{
    private const string Now = "2026-11-28T10:30:00Z";

    private readonly TempFolder _folder = new();

    [Fact]
    public void Resume_AfterSigkillMidRun_EndsWithTheUninterruptedOutput()
    {
        var input = WriteTickets(400);
        var expected = Uninterrupted(input);
        var output = Path.Combine(_folder.Root, "killed.jsonl");

        using (var process = StartBatch(input, output))
        {
            WaitForLines(output, 5);
            process.Kill(entireProcessTree: true); // SIGKILL: nothing is flushed or finished
            process.WaitForExit();
        }

        Assert.True(File.ReadAllLines(output).Length < 400, "the run was killed before its end");
        var (exit, _, stderr) = Run(["batch", "--now", Now, "--resume", "--output", output, input]);

        Assert.Equal(0, exit);
        Assert.Contains("(resumed after line", stderr, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(output));
    }

    [Fact]
    public void Resume_TornLastLine_IsCutAndWrittenWhole()
    {
        var input = WriteTickets(6);
        var expected = Uninterrupted(input);
        var output = Path.Combine(_folder.Root, "torn.jsonl");
        var lines = expected.Split('\n');
        File.WriteAllText(output, string.Join("\n", lines.Take(3)) + "\n" + lines[3][..(lines[3].Length / 2)]);

        var (exit, _, _) = Run(["batch", "--now", Now, "--resume", "--output", output, input]);

        Assert.Equal(0, exit);
        Assert.Equal(expected, File.ReadAllText(output));
    }

    [Fact]
    public void Resume_OutputOfSomethingElse_Exit4NamingTheLine()
    {
        var input = WriteTickets(2);
        var output = _folder.Write("other.jsonl", "{\"line\": 1, \"report\": {}}\n{\"line\": 7, \"report\": {}}\n");

        var (exit, _, stderr) = Run(["batch", "--now", Now, "--resume", "--output", output, input]);

        Assert.Equal(4, exit);
        Assert.Contains("line 2 is not result 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sigint_MidRun_FinishesTheLinesInFlightPrintsTheSummaryAndExits130()
    {
        var input = WriteTickets(400);
        var output = Path.Combine(_folder.Root, "interrupted.jsonl");

        using var process = StartBatch(input, output);
        WaitForLines(output, 5);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(130, process.ExitCode);
        Assert.Contains(" tickets: ", stderr, StringComparison.Ordinal);
        var written = File.ReadAllLines(output);
        Assert.InRange(written.Length, 5, 399);
        Assert.Equal(Enumerable.Range(1, written.Length), written.Select(l => (int)JsonNode.Parse(l)!["line"]!));
    }

    [Fact]
    public void Parallel_TwoAtOnce_SameOutputInInputOrder()
    {
        var input = WriteTickets(12);
        var one = Path.Combine(_folder.Root, "one.jsonl");
        var two = Path.Combine(_folder.Root, "two.jsonl");
        var summary = Path.Combine(_folder.Root, "summary.json");

        Run(["batch", "--now", Now, "--parallel", "1", "--output", one, input]);
        var (exit, _, _) = Run(["batch", "--now", Now, "--parallel", "2", "--output", two, "--summary", summary, input]);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(one), File.ReadAllText(two));
        var json = JsonDocument.Parse(File.ReadAllText(summary)).RootElement;
        Assert.Equal((12, 6, 6, 0), (json.GetProperty("tickets").GetInt32(), json.GetProperty("with_findings").GetInt32(), json.GetProperty("without_findings").GetInt32(), json.GetProperty("errors").GetInt32()));
        Assert.Equal(0.5, json.GetProperty("no_finding_rate").GetDouble());
    }

    public void Dispose() => _folder.Dispose();

    // Tickets alternating between the seed ticket (a finding) and one with none.
    private string WriteTickets(int count)
    {
        var seed = File.ReadAllText(Sample("ticket.txt"));
        var lines = Enumerable.Range(1, count).Select(i => JsonSerializer.Serialize(new
        {
            id = $"t{i}",
            inputs = new[] { new { name = "ticket.txt", content = i % 2 == 1 ? seed : $"ticket {i}: the report looks different" } },
        }));
        return _folder.Write($"tickets-{count}.jsonl", string.Join("\n", lines) + "\n");
    }

    private string Uninterrupted(string input)
    {
        var output = Path.Combine(_folder.Root, "uninterrupted-" + Path.GetFileName(input));
        var (exit, _, _) = Run(["batch", "--now", Now, "--output", output, input]);
        Assert.Equal(0, exit);
        return File.ReadAllText(output);
    }

    private static Process StartBatch(string input, string output) => Process.Start(new ProcessStartInfo(
        "dotnet", [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "batch", "--now", Now, "--parallel", "1", "--output", output, input])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    })!;

    private static void WaitForLines(string path, int lines)
    {
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(path) && CountLines(path) >= lines))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the batch wrote fewer than {lines} lines in 60 s");
            Thread.Sleep(20);
        }
    }

    private static int CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var count = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            count += b == '\n' ? 1 : 0;
        }

        return count;
    }
}
