using System.Runtime.InteropServices;

namespace RulesEngine.Cli;

/// <summary>SIGINT (Ctrl+C) and SIGTERM during a batch: the reading stops, the tickets in flight finish and are written,
/// the summary is printed, and the exit code says which signal came (130 or 143).</summary>
internal sealed class BatchSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int? _exitCode;

    public BatchSignals(CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, ExitCodes.Cancelled));
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, ExitCodes.Terminated));
    }

    /// <summary>Cancelled when a signal came (or the caller's token was).</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM or the caller's cancellation; null when the batch ran to its end.</summary>
    public int? ExitCode => _exitCode ?? (_stop.IsCancellationRequested ? ExitCodes.Cancelled : null);

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context, int exitCode)
    {
        // The process is not ended by the signal: the batch ends itself once the lines in flight are written.
        context.Cancel = true;
        _exitCode ??= exitCode;
        _stop.Cancel();
    }
}
