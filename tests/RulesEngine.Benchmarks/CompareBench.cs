using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesEngine.Core;

namespace RulesEngine.Benchmarks;

/// <summary>The `--compare` mode: this engine, plain NRules and Microsoft RulesEngine 6.0.1 side by side on the same
/// generated rules (10 to 10,000; `--quick` stops at 1,000 and at the 1 KB tickets) and tickets. Before any timing, every
/// engine must fire exactly the expected rule ids on every ticket. Prints a Markdown table; `--json FILE` writes one row
/// per engine × rules × metric, with this engine's ratios to the peers.</summary>
public static class CompareBench
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // Each per-ticket timing runs for at least this long, after as long a warm-up.
    private static readonly TimeSpan Measure = TimeSpan.FromMilliseconds(300);

    public static int Run(TextWriter output, bool quick, string? jsonPath, int[]? only = null)
    {
        int[] counts = only ?? (quick ? [10, 100, 1_000] : [10, 100, 1_000, 10_000]);
        var rows = new List<Dictionary<string, object>>();
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; rule r<i>: the ticket names tok<i>x and shows an HTTP 401");
        output.WriteLine();
        output.WriteLine("| rules | engine | build | build alloc | ticket | per ticket | alloc/ticket |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        WarmUp();
        foreach (var count in counts)
        {
            var tickets = CompareRules.Tickets(count, full: !quick);
            using var ours = OursEngine.Build(count);
            var engines = new List<(string Name, Func<string, IReadOnlyCollection<string>> Run, TimeSpan Build, long BuildBytes)>
            {
                ("this engine", text => ours.Fire(text, Now), ours.BuildTime, ours.BuildBytes),
            };
            var (nrules, nrulesTime, nrulesBytes) = Timed(() => PeerEngines.BuildNRules(count));
            engines.Add(("plain NRules", text => PeerEngines.RunNRules(nrules, text), nrulesTime, nrulesBytes));
            var (microsoft, microsoftTime, microsoftBytes) = Timed(() => PeerEngines.BuildMicrosoft(count));
            engines.Add(("MS RulesEngine", text => PeerEngines.RunMicrosoft(microsoft, text), microsoftTime, microsoftBytes));

            // The gate: a timing of an engine that fires the wrong rules would compare nothing.
            foreach (var (engine, run, _, _) in engines)
            {
                foreach (var (ticket, text, fires) in tickets)
                {
                    var fired = run(text).Distinct().Order(StringComparer.Ordinal).ToList();
                    if (!fired.SequenceEqual(fires.Order(StringComparer.Ordinal)))
                    {
                        output.WriteLine($"GATE FAILED: {engine}, {count} rules, {ticket}: fired [{string.Join(", ", fired)}], expected [{string.Join(", ", fires)}]");
                        return 1;
                    }
                }
            }

            foreach (var (engine, run, build, buildBytes) in engines)
            {
                rows.Add(Row(engine, count, "build", build.TotalMilliseconds, "ms"));
                rows.Add(Row(engine, count, "build-alloc", buildBytes / 1048576.0, "MB"));
                foreach (var (ticket, text, _) in tickets)
                {
                    var (micros, bytes) = PerTicket(run, text);
                    rows.Add(Row(engine, count, "ticket:" + ticket, micros, "µs"));
                    rows.Add(Row(engine, count, "alloc:" + ticket, bytes / 1024.0, "KiB"));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {count:N0} | {engine} | {Duration(build)} | {buildBytes / 1048576.0:F0} MB | {ticket} | {micros:N1} µs | {bytes / 1024.0:N1} KiB |"));
                }
            }
        }

        AddRatios(rows);
        output.WriteLine();
        foreach (var ratio in rows.Where(r => ((string)r["metric"]).StartsWith("ratio", StringComparison.Ordinal)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ratio["metric"]} at {ratio["rules"]:N0} rules: {ratio["value"]:F2}×"));
        }

        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, JsonSerializer.Serialize(rows, Indented), new UTF8Encoding(false));
            output.WriteLine($"rows written to {jsonPath}");
        }

        return 0;
    }

    // Every engine's code paths jitted and promoted to their optimized tier before the first measured count, so the
    // first engine measured does not pay the warm-up the others are spared.
    private static void WarmUp()
    {
        var tickets = CompareRules.Tickets(10, full: false);
        using var ours = OursEngine.Build(10);
        var nrules = PeerEngines.BuildNRules(10);
        var microsoft = PeerEngines.BuildMicrosoft(10);
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(3);)
        {
            foreach (var (_, text, _) in tickets)
            {
                ours.Fire(text, Now);
                PeerEngines.RunNRules(nrules, text);
                PeerEngines.RunMicrosoft(microsoft, text);
            }
        }
    }

    // How many times faster this engine is per ticket than each peer (above 1: faster), and how its per-ticket time and
    // build grow from the smallest rule count to the largest.
    private static void AddRatios(List<Dictionary<string, object>> rows)
    {
        double Value(string engine, int rules, string metric) =>
            (double)rows.Single(r => (string)r["engine"] == engine && (int)r["rules"] == rules && (string)r["metric"] == metric)["value"];
        var counts = rows.Select(r => (int)r["rules"]).Distinct().Order().ToList();
        var tickets = rows.Select(r => (string)r["metric"]).Where(m => m.StartsWith("ticket:", StringComparison.Ordinal)).Distinct().ToList();
        foreach (var count in counts)
        {
            foreach (var ticket in tickets.Where(t => rows.Exists(r => (int)r["rules"] == count && (string)r["metric"] == t)))
            {
                var ours = Value("this engine", count, ticket);
                rows.Add(Row("this engine", count, $"ratio vs MS RulesEngine, {ticket[7..]}", Value("MS RulesEngine", count, ticket) / ours, "×"));
                rows.Add(Row("this engine", count, $"ratio vs plain NRules, {ticket[7..]}", Value("plain NRules", count, ticket) / ours, "×"));
            }

            rows.Add(Row("this engine", count, "ratio build vs MS RulesEngine", Value("MS RulesEngine", count, "build") / Value("this engine", count, "build"), "×"));
        }

        var (first, last) = (counts[0] < 100 && counts.Contains(100) ? 100 : counts[0], counts[^1]);
        foreach (var ticket in tickets.Where(t => rows.Exists(r => (int)r["rules"] == first && (string)r["metric"] == t)))
        {
            rows.Add(Row("this engine", last, $"ratio growth {first:N0} to {last:N0} rules, {ticket[7..]}", Value("this engine", last, ticket) / Value("this engine", first, ticket), "×"));
        }
    }

    private static Dictionary<string, object> Row(string engine, int rules, string metric, double value, string unit) =>
        new() { ["engine"] = engine, ["rules"] = rules, ["metric"] = metric, ["value"] = Math.Round(value, 3), ["unit"] = unit };

    private static (T Result, TimeSpan Time, long Bytes) Timed<T>(Func<T> build)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = build();
        return (result, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    // The mean over as many runs as fit in Measure, after a warm-up as long; bytes allocated per run on this thread.
    private static (double Micros, double Bytes) PerTicket(Func<string, IReadOnlyCollection<string>> run, string text)
    {
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < Measure;)
        {
            run(text);
        }

        GC.Collect();
        var runs = 0;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Measure || runs < 3)
        {
            run(text);
            runs++;
        }

        var elapsed = clock.Elapsed;
        return (elapsed.TotalMicroseconds / runs, (GC.GetAllocatedBytesForCurrentThread() - bytes) / (double)runs);
    }

    private static string Duration(TimeSpan time) => time.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:F1} s")
        : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:F0} ms");
}
