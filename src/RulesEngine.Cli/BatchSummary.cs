using System.Globalization;
using RulesEngine.Core.Batch;

namespace RulesEngine.Cli;

/// <summary>What a batch did, counted as its results come: tickets, findings per article and status, tickets without a
/// finding, errors by kind.</summary>
internal sealed class BatchSummary
{
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

    /// <summary>True when some ticket has a finding of <paramref name="threshold"/> (suspected: any) or stronger.</summary>
    public bool HasFinding(string threshold) => threshold == "confirmed" ? _confirmed : _suspected;

    public void WriteTo(TextWriter error)
    {
        var errors = _errors.Values.Sum();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_tickets:N0} tickets: {_tickets - errors - _withoutFinding:N0} with findings, {_withoutFinding:N0} without, {errors:N0} errors"));
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
