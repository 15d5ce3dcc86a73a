using Spectre.Console;
using RulesEngine.Core.Batch;

namespace RulesEngine.Cli;

/// <summary>A live progress bar on standard error while a batch runs in a terminal (Spectre.Console): done of the total
/// when known, tickets/s and errors in the description, time left. Only when the results do not go to the same terminal.</summary>
internal static class BatchTerminalProgress
{
    public static void Run(IEnumerable<BatchResult> results, int? total, Action<BatchResult> write)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var started = DateTime.UtcNow;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("tickets", maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                var done = 0;
                var errors = 0;
                foreach (var result in results)
                {
                    write(result);
                    done++;
                    errors += result.ErrorKind is null ? 0 : 1;
                    task.Increment(1);
                    var rate = done / Math.Max((DateTime.UtcNow - started).TotalSeconds, 1e-6);
                    task.Description = FormattableString.Invariant($"{done:N0} tickets, {rate:F1}/s, {errors:N0} errors");
                }

                task.StopTask();
            });
    }
}
