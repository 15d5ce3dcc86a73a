using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesEngine.Core;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Testing;

namespace RulesEngine.Benchmarks;

/// <summary>The `--batch` mode: `triage batch` as a process on generated backlogs — the tickets of every rule test and
/// customer-ticket case (mixed causes, mail threads, curl and JSON logs, German, negatives), one in twenty with the seed's
/// trace log repeated 50 times, one in five pure noise — at --parallel 1 and 2: tickets/s, peak memory, and the ratio to
/// running `triage diagnose` once per ticket. `--tickets N` sets the larger backlog for the memory column (default 30,000).</summary>
public static class BatchBench
{
    private const string Now = "2026-11-28T10:30:00Z";

    public static int Run(TextWriter output, int largest)
    {
        var root = TriageProcess.RepositoryRoot();
        if (TriageProcess.Find(output) is not { } triage)
        {
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("triage-batch-");
        try
        {
            var pool = Pool(root);
            output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; {pool.Count} distinct tickets in the pool, --now {Now}");
            output.WriteLine();
            output.WriteLine("| tickets | --parallel | wall | tickets/s | peak memory |");
            output.WriteLine("|---|---|---|---|---|");
            var small = Write(folder.FullName, pool, 10_000);
            double? perSecondAt2 = null;
            foreach (var (count, path, parallel) in new[] { (10_000, small, 1), (10_000, small, 2), (largest, Write(folder.FullName, pool, largest), 2) })
            {
                var run = TriageProcess.Run(triage, ["batch", "--quiet", "--now", Now, "--parallel", parallel.ToString(CultureInfo.InvariantCulture), "--output", Path.Combine(folder.FullName, "out.jsonl"), path]);
                if (run.ExitCode != 0)
                {
                    throw new InvalidOperationException($"triage batch exited with {run.ExitCode}: {run.Error}");
                }

                var lines = File.ReadLines(Path.Combine(folder.FullName, "out.jsonl")).Count();
                if (lines != count)
                {
                    throw new InvalidOperationException($"triage batch wrote {lines} lines for {count} tickets");
                }

                var perSecond = count / run.Wall.TotalSeconds;
                perSecondAt2 ??= parallel == 2 ? perSecond : null;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {parallel} | {run.Wall.TotalSeconds:F1} s | {perSecond:F0} | {run.PeakBytes / 1048576.0:F0} MB |"));
            }

            // The same tickets one process each, as before the batch command: a sample of 20.
            var one = Path.Combine(folder.FullName, "one.txt");
            var walls = new List<double>();
            foreach (var ticket in pool.Take(20))
            {
                File.WriteAllText(one, ticket[0].Content);
                walls.Add(TriageProcess.Run(triage, ["diagnose", "--format", "json", "--now", Now, one]).Wall.TotalSeconds);
            }

            var perProcess = walls.Average();
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"`triage diagnose` once per ticket: {perProcess:F2} s each ({1 / perProcess:F1} tickets/s); the batch at --parallel 2 is {perSecondAt2 * perProcess:F0}× that."));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    // Every rule-test and customer-ticket case's inputs: tickets written as customers write them, each with an expected answer.
    private static List<IReadOnlyList<TicketInput>> Pool(string root)
    {
        var bag = new DiagnosticBag();
        var files = RuleTestFiles.Load([Path.Combine(root, "rules"), Path.Combine(root, "tests", "customer-tickets")], bag, Path.Combine(root, "rules"));
        return [.. files.SelectMany(f => f.Cases).Where(c => c.Problems.Count == 0 && c.Inputs.Count > 0).Select(c => c.Inputs)];
    }

    private static string Write(string folder, List<IReadOnlyList<TicketInput>> pool, int count)
    {
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"tickets-{count}.jsonl"));
        var seedTrace = File.ReadAllText(Path.Combine(TriageProcess.RepositoryRoot(), "rules", "fixtures", "seed", "trace.log"));
        var repeated = string.Concat(Enumerable.Repeat(seedTrace, 50));
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            IReadOnlyList<TicketInput> inputs = (i % 20, i % 5) switch
            {
                (0, _) => [.. pool[i % pool.Count], new TicketInput("trace.log", repeated)],
                (_, 4) => [new TicketInput("ticket.txt", string.Create(CultureInfo.InvariantCulture, $"Hello, ticket {i}: the monthly report looks different since the upgrade, nothing fails."))],
                _ => pool[i % pool.Count],
            };
            writer.Write(JsonSerializer.Serialize(new { id = string.Create(CultureInfo.InvariantCulture, $"t{i}"), inputs = inputs.Select(x => new { name = x.Name, content = x.Content }) }));
            writer.Write('\n');
        }

        return path;
    }
}
