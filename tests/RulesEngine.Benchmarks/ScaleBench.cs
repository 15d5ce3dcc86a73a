using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesEngine.Core;

namespace RulesEngine.Benchmarks;

/// <summary>The `--scale` mode: the whole pipeline on the seed failure repeated 10 to 10,000 times and on 20 MB and 50 MB
/// logs of mixed records. Each case runs twice: as a `triage diagnose --format json` process (wall time, peak resident
/// memory, report size: what a user waits for) and in this process on a loaded knowledge base (the diagnosis alone:
/// time and bytes allocated, without start-up). The process runs three times; the table shows the median. When the CLI
/// has been published ReadyToRun (precompiled, as a deployment runs it), its process is measured too.</summary>
public static class ScaleBench
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    /// <summary>Prints both tables; returns the exit code (2 when the Release CLI is not built).</summary>
    public static int Run(TextWriter output)
    {
        var root = TriageProcess.RepositoryRoot();
        if (TriageProcess.Find(output) is not { } triage)
        {
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("triage-scale-");
        var only = Environment.GetEnvironmentVariable("TRIAGE_BENCH_ONLY");
        try
        {
            var seed = Path.Combine(root, "rules", "fixtures", "seed");
            var cases = WriteCases(folder.FullName, seed);
            var published = TriageProcess.FindPublished();
            output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; each case: ticket.txt + the log + service-key.json, --now {Now:yyyy-MM-ddTHH:mm:ssZ}");
            output.WriteLine(published is null
                ? "ReadyToRun: not published (dotnet publish src/RulesEngine.Cli -c Release -r linux-x64 -p:PublishReadyToRun=true), column left empty"
                : $"ReadyToRun: {published}");
            output.WriteLine();
            output.WriteLine("| case | log size | process wall | peak memory | process wall, ReadyToRun | JSON report | findings (top) | diagnosis in process | allocated |");
            output.WriteLine("|---|---|---|---|---|---|---|---|---|");
            var loaded = KnowledgeBaseLoader.Load(Path.Combine(root, "rules"), Path.Combine(root, "kb"));
            var knowledgeBase = loaded.KnowledgeBase ?? throw new InvalidOperationException("the shipped knowledge base does not load");
            foreach (var (name, log) in cases.Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
            {
                var process = RunProcess(triage, seed, log);
                var precompiled = published is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{RunProcess(published, seed, log).Wall.TotalSeconds:F2} s");
                var inProcess = RunInProcess(knowledgeBase, seed, log);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {TriageProcess.Size(new FileInfo(log).Length)} | {process.Wall.TotalSeconds:F2} s | {process.PeakBytes / 1048576.0:F0} MB | {precompiled} | {TriageProcess.Size(process.ReportBytes)} | {process.Findings} | {inProcess.Wall.TotalMilliseconds:F0} ms | {inProcess.Allocated / 1048576.0:F0} MB |"));
            }
        }
        finally
        {
            // TRIAGE_BENCH_KEEP=1 keeps the generated inputs, to look at them or diagnose them by hand.
            if (Environment.GetEnvironmentVariable("TRIAGE_BENCH_KEEP") == "1")
            {
                output.WriteLine($"inputs kept in {folder.FullName}");
            }
            else
            {
                folder.Delete(recursive: true);
            }
        }

        return 0;
    }

    private static List<(string Name, string Log)> WriteCases(string folder, string seed)
    {
        var trace = File.ReadAllText(Path.Combine(seed, "trace.log"));
        var cases = new List<(string, string)>();
        foreach (var repeats in new[] { 1, 10, 100, 1_000, 10_000 })
        {
            var path = Path.Combine(folder, $"trace-x{repeats}.log");
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                for (var i = 0; i < repeats; i++)
                {
                    writer.Write(trace);
                }
            }

            cases.Add(($"seed failure ×{repeats:N0}", path));
        }

        foreach (var megabytes in new[] { 20, 50 })
        {
            var path = Path.Combine(folder, $"mixed-{megabytes}MB.log");
            File.WriteAllText(path, BenchmarkInputs.CpiLog(megabytes * BenchmarkInputs.Megabyte));
            cases.Add(($"mixed log {megabytes} MB", path));
        }

        return cases;
    }

    private static (TimeSpan Wall, long PeakBytes, long ReportBytes, string Findings) RunProcess(string triage, string seed, string log)
    {
        // Three runs, the median wall time and the highest peak: one run on this machine varies by ±0.3 s.
        var runs = Enumerable.Range(0, 3)
            .Select(_ => TriageProcess.Run(triage, ["diagnose", "--format", "json", "--now", Now.ToString("O", CultureInfo.InvariantCulture), Path.Combine(seed, "ticket.txt"), log, Path.Combine(seed, "service-key.json")]))
            .OrderBy(r => r.Wall).ToList();
        var run = runs[1] with { PeakBytes = runs.Max(r => r.PeakBytes) };
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"triage exited with {run.ExitCode}: {run.Error}");
        }

        using var json = JsonDocument.Parse(run.Out);
        var findings = json.RootElement.GetProperty("findings");
        var top = findings.GetArrayLength() == 0 ? "none" : $"{findings.GetArrayLength()} ({findings[0].GetProperty("article").GetString()} {findings[0].GetProperty("status").GetString()})";
        return (run.Wall, run.PeakBytes, Encoding.UTF8.GetByteCount(run.Out), top);
    }

    private static (TimeSpan Wall, long Allocated) RunInProcess(KnowledgeBase knowledgeBase, string seed, string log)
    {
        TicketInput[] inputs =
        [
            new("ticket.txt", File.ReadAllText(Path.Combine(seed, "ticket.txt"))),
            new(Path.GetFileName(log), File.ReadAllText(log)),
            new("service-key.json", File.ReadAllText(Path.Combine(seed, "service-key.json"))),
        ];
        var options = new DiagnoseOptions(Now);
        knowledgeBase.Diagnose(inputs, options); // warm: JIT and the regexes' automata, as a server is
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        knowledgeBase.Diagnose(inputs, options);
        return (watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
