using System.Diagnostics;
using System.Globalization;
using RulesEngine.Core;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Benchmarks;

/// <summary>The `--quick` mode: Stopwatch timings of the benchmark cases and of one 20 MB log, without BenchmarkDotNet.</summary>
public static class QuickBench
{
    // Runs of the 1 KB ticket timed together, so one timing is long enough to read (and as many before, to warm up).
    private const int TicketRuns = 20_000;

    /// <summary>Prints one line per case: input, signals, wall and CPU time per run, MB/s, facts. Returns the exit code.</summary>
    public static int Run(TextWriter output)
    {
        var log10 = BenchmarkInputs.CpiLog(10 * BenchmarkInputs.Megabyte);
        var log20 = BenchmarkInputs.CpiLog(20 * BenchmarkInputs.Megabyte);
        output.WriteLine($"{Environment.ProcessorCount} cores, {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        output.WriteLine("input          signals   time (ms)  cpu (ms)     MB/s    facts");

        // Cold: a fresh process's first extraction, as a one-shot CLI run sees it (JIT and regex automata included).
        var cold = new FactExtractor(BenchmarkInputs.Catalog, BenchmarkInputs.Signals(10));
        Report(output, "20MB-cold", 10, log20, Time(cold, "cpi-log-20MB", log20, 1), 1);
        foreach (var signals in new[] { 10, 1000 })
        {
            var extractor = new FactExtractor(BenchmarkInputs.Catalog, BenchmarkInputs.Signals(signals));
            // Warm-up, as a server or batch run is warm: tiered JIT, and the regexes' lazily built automata.
            Time(extractor, "warm-up", BenchmarkInputs.Ticket, TicketRuns);
            Time(extractor, "warm-up", log10, 1);
            Report(output, "ticket-1KB", signals, BenchmarkInputs.Ticket, Time(extractor, "ticket-1KB", BenchmarkInputs.Ticket, TicketRuns), TicketRuns);
            Report(output, "cpi-log-10MB", signals, log10, Time(extractor, "cpi-log-10MB", log10, 1), 1);
            Report(output, "cpi-log-20MB", signals, log20, Time(extractor, "cpi-log-20MB", log20, 1), 1);
        }

        return 0;
    }

    private static (TimeSpan Elapsed, TimeSpan Cpu, int Facts) Time(FactExtractor extractor, string name, string text, int runs)
    {
        TicketInput[] inputs = [new(name, text)];
        var options = new ExtractionOptions(DateTimeOffset.UnixEpoch);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var facts = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            facts = extractor.Extract(inputs, options).Count;
        }

        return (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, facts);
    }

    // MB/s from the wall-clock time; the CPU time (all threads, GC included) shows how much a busy machine slowed it.
    private static void Report(TextWriter output, string name, int signals, string text, (TimeSpan Elapsed, TimeSpan Cpu, int Facts) result, int runs)
    {
        var perRun = result.Elapsed.TotalMilliseconds / runs;
        var cpuPerRun = result.Cpu.TotalMilliseconds / runs;
        var megabytesPerSecond = text.Length / (double)BenchmarkInputs.Megabyte / (perRun / 1000);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-14} {signals,7} {perRun,11:F3} {cpuPerRun,9:F1} {megabytesPerSecond,8:F1} {result.Facts,8}"));
    }
}
