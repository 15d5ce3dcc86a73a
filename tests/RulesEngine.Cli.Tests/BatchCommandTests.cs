using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage batch</c>: exactly one result line per input line, in order; a good line's report is what
/// <c>diagnose --format json</c> prints for the same ticket; every bad line gets an error object of its own.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private const string Now = "2026-11-28T10:30:00Z";

    private static readonly string[] SeedFiles = ["ticket.txt", "trace.log", "service-key.json"];

    private readonly TempFolder _folder = new();

    [Fact]
    public void Batch_GoodAndBadLines_OneResultPerLineInOrder()
    {
        var seed = SeedFiles.Select(f => new { name = f, content = File.ReadAllText(Sample(f)) }).ToArray();
        string[] lines =
        [
            JsonSerializer.Serialize(new { id = "seed", inputs = seed }),
            "{\"id\": \"broken\", \"inputs\": [",
            "",
            JsonSerializer.Serialize(new { id = "seed", inputs = new[] { new { name = "a.txt", content = "HTTP 401" } } }),
            JsonSerializer.Serialize(new { inputs = new[] { new { name = "a.txt", content = "HTTP 401" } } }),
            JsonSerializer.Serialize(new { id = "binary", inputs = new[] { new { name = "b.bin", base64 = Convert.ToBase64String([.. Enumerable.Range(0, 1024).Select(i => (byte)i)]) } } }),
            JsonSerializer.Serialize(new { id = "huge", inputs = new[] { new { name = "huge.log", content = new string('x', 3 * 1024 * 1024) } } }),
            JsonSerializer.Serialize(new { id = "quiet", inputs = new[] { new { name = "ticket.txt", content = "hello, it does not work" } } }),
        ];
        var input = _folder.Write("tickets.jsonl", string.Join("\n", lines) + "\n");
        var output = Path.Combine(_folder.Root, "results.jsonl");

        var (exit, stdout, stderr) = Run(["batch", "--now", Now, "--max-ticket-mb", "1", "--output", output, input]);

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        var results = File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(Enumerable.Range(1, lines.Length), results.Select(r => (int)r["line"]!));
        Assert.Equal(
            [null, "malformed-json", "empty-line", "duplicate-id", "missing-id", "binary", "line-too-large", null],
            results.Select(r => (string?)r["error"]?["kind"]));
        Assert.Equal(["seed", null, null, "seed", null, "binary", null, "quiet"], results.Select(r => (string?)r["id"]));
        Assert.Equal(29, (int)results[1]["error"]!["column"]!); // the line ends inside the array
        Assert.Contains("8 tickets: 1 with findings, 1 without, 6 errors", stderr, StringComparison.Ordinal);

        // The good lines' reports are diagnose's.
        var (_, diagnosed, _) = Run(["diagnose", "--format", "json", "--now", Now, Sample("ticket.txt"), Sample("trace.log"), Sample("service-key.json")]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(diagnosed), results[0]["report"]), "the batch report differs from diagnose's");
        var secret = JsonDocument.Parse(File.ReadAllText(Sample("service-key.json"))).RootElement.GetProperty("oauth").GetProperty("clientsecret").GetString()!;
        Assert.DoesNotContain(secret, File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_TicketOverItsTimeBudget_TimedOutAndTheNextLineGoesOn()
    {
        var slow = JsonSerializer.Serialize(new { id = "slow", inputs = new[] { new { name = "slow.log", content = string.Concat(Enumerable.Repeat("2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.it.X - step failed\n", 60_000)) } } });
        var quiet = JsonSerializer.Serialize(new { id = "quiet", inputs = new[] { new { name = "ticket.txt", content = "hello" } } });

        var (exit, stdout, _) = Run(["batch", "--now", Now, "--timeout-per-ticket", "0.001", "-"], slow + "\n" + quiet + "\n");

        Assert.Equal(0, exit);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([("slow", "timed-out"), ("quiet", (string?)results[1]["error"]?["kind"])], results.Select(r => ((string?)r["id"], (string?)r["error"]?["kind"])));
        Assert.Contains("time budget of 0.001 s", (string?)results[0]["error"]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suspected", 1)]
    [InlineData("confirmed", 0)]
    public void Batch_FailOn_ExitsOneWhenATicketHasSuchAFinding(string threshold, int expected)
    {
        var line = JsonSerializer.Serialize(new { id = "t", inputs = new[] { new { name = "ticket.txt", content = File.ReadAllText(Sample("ticket.txt")) } } });

        var (exit, stdout, _) = Run(["batch", "--now", Now, "--fail-on", threshold, "-"], line + "\n");

        Assert.Equal(expected, exit);
        Assert.Equal("suspected", (string?)JsonNode.Parse(stdout.TrimEnd('\n'))!["report"]!["findings"]![0]!["status"]);
    }

    [Fact]
    public void Batch_MissingInput_Exit4NamingIt()
    {
        var (exit, stdout, stderr) = Run(["batch", Path.Combine(_folder.Root, "none.jsonl")]);

        Assert.Equal((4, ""), (exit, stdout));
        Assert.Contains("none.jsonl' does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Folder_EachSubFolderIsATicketNamedByIt()
    {
        File.Copy(Sample("ticket.txt"), Path.Combine(Directory.CreateDirectory(Path.Combine(_folder.Root, "tickets", "b-seed")).FullName, "ticket.txt"));
        _folder.Write("tickets/a-quiet/mail.txt", "hello, it does not work");
        _folder.Write("tickets/a-quiet/logs/trace.log", "2026-11-28 10:15:02.000 INFO [exec-1] com.sap.X - fine");
        _folder.Write("tickets/c-binary/dump.bin", Encoding.Latin1.GetString([.. Enumerable.Range(0, 1024).Select(i => (byte)i)]));
        Directory.CreateDirectory(Path.Combine(_folder.Root, "tickets", "d-empty"));

        var (exit, stdout, _) = Run(["batch", "--now", Now, Path.Combine(_folder.Root, "tickets")]);

        Assert.Equal(0, exit);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([(1, "a-quiet", null), (2, "b-seed", null), (3, "c-binary", "binary"), (4, "d-empty", "invalid-ticket")],
            results.Select(r => ((int)r["line"]!, (string?)r["id"], (string?)r["error"]?["kind"])));
        Assert.Equal("3474524", (string?)results[1]["report"]!["findings"]![0]!["article"]);
        var inputs = results[0]["report"]!["facts"]!.AsArray().Select(f => (string?)f!["evidence"]!["input"]).ToList();
        Assert.Contains("logs/trace.log", inputs);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Batch_NotATerminal_HeartbeatLinesUnlessQuiet(bool quiet, bool beats)
    {
        var ticket = JsonSerializer.Serialize(new { id = "x", inputs = new[] { new { name = "ticket.txt", content = File.ReadAllText(Sample("ticket.txt")) } } });
        var lines = string.Concat(Enumerable.Range(1, 400).Select(i => ticket.Replace("\"x\"", $"\"t{i}\"", StringComparison.Ordinal) + "\n"));
        var input = _folder.Write("tickets.jsonl", lines);
        string[] args = ["batch", "--now", Now, "--parallel", "1", "--heartbeat", "0.01", .. quiet ? new[] { "--quiet" } : [], input];

        var (exit, _, stderr) = Run(args);

        Assert.Equal(0, exit);
        Assert.Equal(beats, stderr.Contains("batch: ", StringComparison.Ordinal));
        Assert.Equal(beats, stderr.Contains(" of 400 tickets, ", StringComparison.Ordinal));
        Assert.Contains("400 tickets: 400 with findings", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
