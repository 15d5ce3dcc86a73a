using System.CommandLine;
using System.Diagnostics;
using RulesEngine.Core;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Cli;

/// <summary>The options that say how one ticket is read and judged — <c>--now</c>, the size and count limits and the
/// time budget — and the FILE arguments; shared by <c>diagnose</c> and <c>explain</c>.</summary>
internal sealed class TicketOptions
{
    private const long Mega = 1024 * 1024;

    // An input is a .NET string: at most about 1 Gi characters.
    private const int MaxMegabytes = 1024;

    public Option<DateTimeOffset?> Now { get; } = new("--now")
    {
        Description = "Judge the ticket at this time (ISO 8601) instead of the current time, for reproducible output.",
        HelpName = "TIME",
        CustomParser = OptionValues.Time,
    };

    public Option<int> MaxInputMb { get; } = new("--max-input-mb")
    {
        Description = "Largest input accepted, in Mi characters (1,048,576; default 64: a 50 MB log fits).",
        DefaultValueFactory = _ => 64,
        CustomParser = OptionValues.Integer("--max-input-mb", 1, MaxMegabytes),
    };

    public Option<int> MaxTicketMb { get; } = new("--max-ticket-mb")
    {
        Description = "Largest ticket (all inputs together) accepted, in Mi characters (default 128).",
        DefaultValueFactory = _ => 128,
        CustomParser = OptionValues.Integer("--max-ticket-mb", 1, MaxMegabytes),
    };

    public Option<int> MaxInputs { get; } = new("--max-inputs")
    {
        Description = $"Most inputs one ticket may have (default {ExtractionOptions.DefaultMaxInputs}).",
        DefaultValueFactory = _ => ExtractionOptions.DefaultMaxInputs,
        CustomParser = OptionValues.Integer("--max-inputs", 1, 100_000),
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Stop after this many seconds, reading the inputs included (exit 5); default 60, enough for a 50 MB log.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DiagnoseOptions.DefaultTimeout.TotalSeconds,
        CustomParser = OptionValues.Number("--timeout", 0.001, 86_400),
    };

    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = "The ticket's inputs (ticket text, logs, service key, certificates); '-' reads standard input. All files form one ticket.",
        Arity = ArgumentArity.OneOrMore,
    };

    public TicketOptions() => OptionValues.RejectOptionLike(Files);

    public void AddTo(Command command)
    {
        command.Add(Now);
        command.Add(MaxInputMb);
        command.Add(MaxTicketMb);
        command.Add(MaxInputs);
        command.Add(Timeout);
        command.Add(Files);
    }

    /// <summary>Starts <see cref="Read"/> on the thread pool, so the inputs are read while the knowledge base loads (a
    /// 20 MB log takes a few hundred milliseconds to read). Its exceptions surface when the task is awaited.</summary>
    public Task<(IReadOnlyList<TicketInput> Inputs, DiagnoseOptions Options)> StartReading(ParseResult parse, CliConsole console, CancellationToken cancellation) =>
        Task.Run(() => Read(parse, console, cancellation), CancellationToken.None);

    /// <summary>Reads the FILE arguments within the time budget and returns them with the options for the rest of the
    /// budget.</summary>
    /// <exception cref="InputTooLargeException">More FILE arguments than <c>--max-inputs</c> (checked before any is read).</exception>
    /// <exception cref="DiagnosisTimeoutException">An input did not end within the budget.</exception>
    public (IReadOnlyList<TicketInput> Inputs, DiagnoseOptions Options) Read(ParseResult parse, CliConsole console, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var budget = TimeSpan.FromSeconds(parse.GetValue(Timeout));
        var files = parse.GetValue(Files)!;
        var maxInputs = parse.GetValue(MaxInputs);
        if (files.Length > maxInputs)
        {
            throw InputTooLargeException.TooManyInputs(files.Length, maxInputs);
        }

        var options = new DiagnoseOptions(parse.GetValue(Now), parse.GetValue(MaxInputMb) * Mega, parse.GetValue(MaxTicketMb) * Mega)
        {
            MaxInputs = maxInputs,
        };
        var inputs = TicketInputReader.Read(files, console.OpenStandardInput, options.MaxInputLength, budget, cancellation);

        // Reading spent part of the budget; the diagnosis gets what is left (never nothing, so it can say it was stopped).
        var left = budget - clock.Elapsed;
        return (inputs, options with { Timeout = left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1) });
    }
}
