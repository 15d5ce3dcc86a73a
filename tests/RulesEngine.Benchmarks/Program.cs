using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RulesEngine.Benchmarks;

// `--compare [--quick] [--json FILE]`: this engine, plain NRules and Microsoft RulesEngine on the same rules and tickets.
if (args.Contains("--compare"))
{
    var json = Array.IndexOf(args, "--json") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    return CompareBench.Run(Console.Out, args.Contains("--quick"), json);
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
