using System.Diagnostics;
using System.Globalization;
using RulesEngine.Core.Batch;

namespace RulesEngine.Cli;

/// <summary>Progress of a batch on standard error when it is not a terminal (a log, a CI job): a heartbeat line every
/// interval — done (of the total, when known), tickets/s, errors, time left — so an operator sees it is alive. A
/// terminal gets a live progress bar instead (<see cref="BatchCommand"/>, Spectre.Console).</summary>
internal sealed class BatchProgress : IDisposable
{
    private readonly TextWriter _error;
    private readonly int? _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Thread? _beater;
    private readonly ManualResetEventSlim _stopped = new();
    private int _done;
    private int _errors;

    public BatchProgress(TextWriter error, int? total, TimeSpan? heartbeat)
    {
        _error = error;
        _total = total;
        // A thread of its own, not a timer: a timer's callback waits for the thread pool, which the batch keeps busy.
        if (heartbeat is { } every)
        {
            _beater = new Thread(() =>
            {
                while (!_stopped.Wait(every))
                {
                    Beat();
                }
            })
            {
                IsBackground = true,
                Name = "batch heartbeat",
            };
            _beater.Start();
        }
    }

    public void Add(BatchResult result)
    {
        Interlocked.Increment(ref _done);
        if (result.ErrorKind is not null)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    /// <summary>The progress as one line, e.g. "120 of 400 tickets, 31.5 tickets/s, 2 errors, about 9 s left".</summary>
    public string Line()
    {
        var done = Volatile.Read(ref _done);
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        var of = _total is { } total ? string.Create(CultureInfo.InvariantCulture, $" of {total:N0}") : "";
        var left = _total is { } all && rate > 0 ? string.Create(CultureInfo.InvariantCulture, $", about {(all - done) / rate:N0} s left") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{done:N0}{of} tickets, {rate:F1} tickets/s, {Volatile.Read(ref _errors):N0} errors{left}");
    }

    public void Dispose()
    {
        // The last beat is written before the summary.
        _stopped.Set();
        _beater?.Join();
        _stopped.Dispose();
    }

    private void Beat()
    {
        _error.WriteLine("batch: " + Line());
        _error.Flush();
    }
}
