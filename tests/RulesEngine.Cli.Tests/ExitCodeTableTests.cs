using System.Text;
using System.Text.RegularExpressions;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>The README's exit-code table is the behaviour: every code it documents is produced by a real case, and
/// no case produces a code it does not document.</summary>
public sealed partial class ExitCodeTableTests
{
    private static readonly Dictionary<int, Func<int>> Cases = new()
    {
        [0] = () => Run(["diagnose", Sample("ticket.txt")]).Exit,
        [1] = FailingRuleTest,
        [2] = () => Run(["diagnose", "--bogus", Sample("ticket.txt")]).Exit,
        [3] = () => Run(["validate", "--rules", Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N"))]).Exit,
        [4] = () => Run(["diagnose", Path.Combine(Path.GetTempPath(), "no-such-ticket-" + Guid.NewGuid().ToString("N") + ".txt")]).Exit,
        [5] = TimedOut,
        [6] = RefusedBundle,
        [70] = InternalError,
        [130] = Cancelled,
        [143] = TerminatedBatch,
    };

    [Fact]
    public void Readme_ExitCodeTable_ListsExactlyTheCodesTheCasesProduce()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var table = readme[readme.IndexOf("| Exit code | Meaning |", StringComparison.Ordinal)..];
        var documented = TableRow().Matches(table[..table.IndexOf("\n\n", StringComparison.Ordinal)]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        Assert.Equal(Cases.Keys.Order(), documented);
    }

    public static TheoryData<int> Codes => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Codes))]
    public void DocumentedCode_ItsCase_ExitsWithIt(int code)
    {
        Assert.Equal(code, Cases[code]());
    }

    // A log that takes far longer than the budget to diagnose, so the budget's timer fires first however busy the
    // machine is (the seed alone can finish before a 1 ms timer is served).
    private static int TimedOut()
    {
        using var folder = new TempFolder();
        var line = File.ReadAllLines(Sample("trace.log")).First(l => l.Contains("ERROR", StringComparison.Ordinal));
        var log = folder.Write("big.log", string.Concat(Enumerable.Repeat(line + "\n", 50_000)));
        return Run(["diagnose", "--timeout", "0.001", log, Sample("ticket.txt")]).Exit;
    }

    // A file that is no bundle, given with a real trusted key.
    private static int RefusedBundle()
    {
        using var folder = new TempFolder();
        Run(["keygen", "--out", Path.Combine(folder.Root, "keys")]);
        var bundle = folder.Write("kb.tgz", "rules:\n  - id: r1\n");
        return Run(["diagnose", "--bundle", bundle, "--trusted-key", Path.Combine(folder.Root, "keys", "bundle-signing.pub"), Sample("ticket.txt")]).Exit;
    }

    // A batch process sent SIGTERM once it has written a few lines.
    private static int TerminatedBatch()
    {
        using var folder = new TempFolder();
        var ticket = System.Text.Json.JsonSerializer.Serialize(File.ReadAllText(Sample("ticket.txt")));
        var input = folder.Write("tickets.jsonl", string.Concat(Enumerable.Range(1, 400).Select(i => $"{{\"id\": \"t{i}\", \"inputs\": [{{\"name\": \"ticket.txt\", \"content\": {ticket}}}]}}\n")));
        var output = Path.Combine(folder.Root, "out.jsonl");
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            "dotnet", [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "batch", "--parallel", "1", "--output", output, input])
        {
            RedirectStandardError = true,
        })!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(File.Exists(output) && new FileInfo(output).Length > 0) && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static int FailingRuleTest()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        var tests = folder.Write("rules/wrong.tests.yaml", "cases:\n  - name: wrong\n    inputs:\n      - { name: t.txt, text: \"nothing here\" }\n    expect:\n      - { article: \"3474524\" }\n");
        return Run(["test", "--rules", rules, "--kb", RepositoryPaths.Kb, tests]).Exit;
    }

    // The report cannot be written (a full disk, a closed pipe): a failure nobody planned for.
    private static int InternalError() =>
        TriageCli.Run(["diagnose", Sample("ticket.txt")], new CliConsole(new FailingWriter(), new StringWriter(), () => Stream.Null));

    private static int Cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var console = new CliConsole(new StringWriter(), new StringWriter(), () => Stream.Null);
        return TriageCli.RunAsync(["diagnose", Sample("ticket.txt")], console, cancelled.Token).GetAwaiter().GetResult();
    }

    [GeneratedRegex(@"^\| (\d+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new NotSupportedException("the output is gone");

        public override void Write(string? value) => throw new NotSupportedException("the output is gone");
    }
}
