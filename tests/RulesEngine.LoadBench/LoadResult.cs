using System.Globalization;

namespace RulesEngine.LoadBench;

/// <summary>What a load run measured: request count, failures, wall time and the sorted latencies in milliseconds.</summary>
internal sealed record LoadResult(int Requests, int Failures, TimeSpan Elapsed, IReadOnlyList<double> SortedLatencies)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p) =>
        SortedLatencies.Count == 0 ? 0 : SortedLatencies[Math.Min(SortedLatencies.Count - 1, (int)Math.Ceiling(p / 100 * SortedLatencies.Count) - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests} requests, {Failures} failed, {Elapsed.TotalSeconds:0.0} s: {RequestsPerSecond:0} requests/s; latency ms p50 {Percentile(50):0.0}, p90 {Percentile(90):0.0}, p99 {Percentile(99):0.0}, max {Percentile(100):0.0}");
}
