using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RulesEngine.Benchmarks;

// `--compare [--quick] [--counts 100,10000] [--json FILE]`: this engine, plain NRules and Microsoft RulesEngine on the same rules and tickets.
if (args.Contains("--compare"))
{
    var json = Array.IndexOf(args, "--json") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    var counts = Array.IndexOf(args, "--counts") is var c and >= 0 && c + 1 < args.Length
        ? args[c + 1].Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        : null;
    return CompareBench.Run(Console.Out, args.Contains("--quick"), json, counts);
}

if (args.Contains("--probe-seed"))
{
    var root = TriageProcess.RepositoryRoot();
    var kb = RulesEngine.Core.KnowledgeBaseLoader.Load(Path.Combine(root, "rules"), Path.Combine(root, "kb")).KnowledgeBase!;
    var seed = Path.Combine(root, "rules", "fixtures", "seed");
    var all = SeedFiles.Names.Select(f => new RulesEngine.Core.TicketInput(f, File.ReadAllText(Path.Combine(seed, f)))).ToArray();
    var cases = new[] { ("seed", all), ("seed ticket", all[..1]), ("no hit", new[] { new RulesEngine.Core.TicketInput("t.txt", CompareRules.Tickets(10, false)[1].Text) }) };
    foreach (var (name, inputs) in cases)
    {
        var options = new RulesEngine.Core.DiagnoseOptions(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero));
        for (var i = 0; i < 300; i++)
        {
            kb.Diagnose(inputs, options);
        }

        var times = new List<double>();
        for (var i = 0; i < 2000; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            kb.Diagnose(inputs, options);
            times.Add(clock.Elapsed.TotalMicroseconds);
        }

        times.Sort();
        Console.WriteLine($"{name}: p50 {times[1000]:F0} µs, p99 {times[1980]:F0} µs");
    }

    return 0;
}

if (args.Contains("--probe"))
{
    using var probe = OursEngine.Build(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"build {probe.BuildTime.TotalMilliseconds:F0} ms, {probe.BuildBytes / 1048576.0:F0} MB");
    var text = CompareRules.Tickets(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), false)[args[2] == "hit" ? 0 : 1].Text;
    var until = DateTime.UtcNow.AddSeconds(args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 8);
    var n = 0;
    while (DateTime.UtcNow < until)
    {
        probe.Fire(text, DateTimeOffset.UtcNow);
        n++;
    }

    Console.WriteLine(n);
    return 0;
}

// `--batch [--tickets N]`: `triage batch` as a process on generated backlogs: tickets/s, peak memory, the ratio to one process per ticket.
if (args.Contains("--batch"))
{
    var tickets = Array.IndexOf(args, "--tickets") is var t and >= 0 && t + 1 < args.Length ? int.Parse(args[t + 1], System.Globalization.CultureInfo.InvariantCulture) : 30_000;
    return BatchBench.Run(Console.Out, tickets);
}

// `--quick`: one Stopwatch pass over each case (a 20 MB log among them), in seconds. Otherwise BenchmarkDotNet, in process.
if (args.Contains("--quick"))
{
    return QuickBench.Run(Console.Out);
}

// `--scale`: the whole pipeline, as a process and in process, on repeated failures and 20/50 MB logs.
if (args.Contains("--scale"))
{
    return ScaleBench.Run(Console.Out);
}

// `--hostile`: each hostile input at 1, 4 and 16 MB, as a process: time, peak memory, and whether its secret leaked.
if (args.Contains("--hostile"))
{
    return HostileBench.Run(Console.Out);
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
    .AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, config);
return 0;

internal static class SeedFiles
{
    public static readonly string[] Names = ["ticket.txt", "trace.log", "service-key.json"];
}
