using System.Globalization;
using RulesEngine.Core.Batch;

namespace RulesEngine.Cli;

/// <summary>What a batch did, counted as its results come: tickets, findings per article and status, tickets without a
/// finding, errors by kind.</summary>
internal sealed class BatchSummary(int resumedAfter = 0)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly SortedDictionary<string, int> _findings = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _tickets;
    private int _withoutFinding;
    private bool _suspected;
    private bool _confirmed;

    public void Add(BatchResult result)
    {
        _tickets++;
        if (result.ErrorKind is { } kind)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
            return;
        }

        if (result.Findings.Count == 0)
        {
            _withoutFinding++;
        }

        foreach (var (article, status) in result.Findings)
        {
            var key = $"{article} {status}";
            _findings[key] = _findings.GetValueOrDefault(key) + 1;
            _suspected = true;
            _confirmed |= status == "confirmed";
        }
    }

    private double TicketsPerSecond => _tickets / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);

    /// <summary>The summary as one JSON object: counts, the no-finding rate, errors by kind, findings by article and status, time.</summary>
    public string ToJson()
    {
        var errors = _errors.Values.Sum();
        var diagnosed = _tickets - errors;
        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["tickets"] = _tickets,
            ["resumed_after"] = resumedAfter,
            ["with_findings"] = diagnosed - _withoutFinding,
            ["without_findings"] = _withoutFinding,
            ["no_finding_rate"] = diagnosed == 0 ? 0 : Math.Round(_withoutFinding / (double)diagnosed, 4),
            ["errors"] = errors,
            ["errors_by_kind"] = _errors,
            ["findings"] = _findings.Select(f => new Dictionary<string, object> { ["article"] = f.Key.Split(' ')[0], ["status"] = f.Key.Split(' ')[1], ["tickets"] = f.Value }).ToList(),
            ["seconds"] = Math.Round(_clock.Elapsed.TotalSeconds, 3),
            ["tickets_per_second"] = Math.Round(TicketsPerSecond, 2),
        }, RulesEngine.Core.Reporting.ReportJson.Options);
    }

    /// <summary>True when some ticket has a finding of <paramref name="threshold"/> (suspected: any) or stronger.</summary>
    public bool HasFinding(string threshold) => threshold == "confirmed" ? _confirmed : _suspected;

    public void WriteTo(TextWriter error)
    {
        var errors = _errors.Values.Sum();
        var resumed = resumedAfter > 0 ? string.Create(CultureInfo.InvariantCulture, $" (resumed after line {resumedAfter:N0})") : "";
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_tickets:N0} tickets{resumed}: {_tickets - errors - _withoutFinding:N0} with findings, {_withoutFinding:N0} without, {errors:N0} errors; {_clock.Elapsed.TotalSeconds:F1} s, {TicketsPerSecond:F1} tickets/s"));
        foreach (var (kind, count) in _errors)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  error {kind}: {count:N0}"));
        }

        foreach (var (finding, count) in _findings)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {finding}: {count:N0}"));
        }
    }
}
