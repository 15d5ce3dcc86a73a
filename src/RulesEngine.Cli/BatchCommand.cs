using System.CommandLine;
using System.Text;
using RulesEngine.Core;
using RulesEngine.Core.Batch;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Cli;

/// <summary><c>triage batch [--format jsonl] [--output FILE] [--resume] [--parallel N] [--summary FILE] [--quiet] [--heartbeat SECONDS] [--fail-on suspected|confirmed]
/// [--timeout-per-ticket SECONDS] [--now TIME] [--max-input-mb N] [--max-ticket-mb N] [--rules DIR] [--kb DIR] INPUT</c>:
/// one JSONL line out per ticket line in.</summary>
internal static class BatchCommand
{
    private const long Mega = 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the results to FILE (each line written whole and flushed) instead of standard output.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON object per line; the only one).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl");
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue a batch whose --output a killed run left: keep its complete lines, cut a torn last one, run the rest.",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Diagnose this many tickets at once (default: the number of cores); the results keep the input order.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = OptionValues.Integer("--parallel", 1, 256),
        };
        var summaryFile = new Option<string?>("--summary")
        {
            Description = "Also write the summary as JSON to FILE.",
            HelpName = "FILE",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress on standard error (the summary is still printed).",
        };
        var heartbeat = new Option<double>("--heartbeat")
        {
            Description = "When standard error is not a terminal, print a progress line every this many seconds (default 10).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 10,
            CustomParser = OptionValues.Number("--heartbeat", 0.01, 86_400),
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a ticket has a finding of this status or stronger: suspected (any finding) or confirmed.",
        };
        failOn.AcceptOnlyFromAmong("suspected", "confirmed");
        var timeout = new Option<double>("--timeout-per-ticket")
        {
            Description = "Stop a ticket's diagnosis after this many seconds (its line gets a timed-out error); default 60.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DiagnoseOptions.DefaultTimeout.TotalSeconds,
            CustomParser = OptionValues.Number("--timeout-per-ticket", 0.001, 86_400),
        };
        var now = new Option<DateTimeOffset?>("--now")
        {
            Description = "Judge every ticket without its own \"now\" at this time (ISO 8601), for reproducible output.",
            HelpName = "TIME",
            CustomParser = OptionValues.Time,
        };
        var maxInput = new Option<int>("--max-input-mb")
        {
            Description = "Largest input of a ticket, in Mi characters (default 64).",
            DefaultValueFactory = _ => 64,
            CustomParser = OptionValues.Integer("--max-input-mb", 1, 1024),
        };
        var maxTicket = new Option<int>("--max-ticket-mb")
        {
            Description = "Largest ticket (all inputs together), in Mi characters (default 128); a longer line is skipped unread.",
            DefaultValueFactory = _ => 128,
            CustomParser = OptionValues.Integer("--max-ticket-mb", 1, 1024),
        };
        var input = new Argument<string>("INPUT")
        {
            Description = "A JSONL file, one ticket a line: {\"id\": \"…\", \"inputs\": [{\"name\": \"…\", \"content\": \"…\"} | {\"name\": \"…\", \"base64\": \"…\"}], \"now\": optional}; '-' reads standard input; or a folder with one sub-folder of files per ticket (its name is the id).",
        };
        var command = new Command("batch", "Diagnose a JSONL file of tickets: one result line per ticket line, in order.");
        knowledge.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.Add(resume);
        command.Add(parallel);
        command.Add(summaryFile);
        command.Add(quiet);
        command.Add(heartbeat);
        command.Add(failOn);
        command.Add(timeout);
        command.Add(now);
        command.Add(maxInput);
        command.Add(maxTicket);
        command.Add(input);
        command.SetAction((parse, cancellation) =>
        {
            var path = parse.GetValue(input)!;
            var folder = path != "-" && Directory.Exists(path);
            if (path != "-" && !folder && !File.Exists(path))
            {
                throw new InputUnreadableException($"'{path}' does not exist");
            }

            var outputPath = parse.GetValue(output);
            if (parse.GetValue(resume) && outputPath is null)
            {
                console.Error.WriteLine("triage: --resume continues the file of --output: name it");
                return Task.FromResult(ExitCodes.Usage);
            }

            var done = parse.GetValue(resume) ? BatchResume.CompleteLines(outputPath!) : 0;
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return Task.FromResult(ValidateCommand.Report(loaded, console));
            }

            var diagnose = new DiagnoseOptions(parse.GetValue(now), parse.GetValue(maxInput) * Mega, parse.GetValue(maxTicket) * Mega, ExtractionOptions.DefaultMaxFactsPerKind, TimeSpan.FromSeconds(parse.GetValue(timeout)));
            // A line holds the ticket's inputs as JSON strings: escapes make it longer than the ticket it carries.
            var options = new BatchOptions(diagnose, (parse.GetValue(maxTicket) * Mega * 2) + Mega, parse.GetValue(parallel), done);
            using var signals = new BatchSignals(cancellation);
            using var reader = folder ? null : new StreamReader(path == "-" ? console.OpenStandardInput() : File.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var file = outputPath is not null ? new StreamWriter(outputPath, append: done > 0, new UTF8Encoding(false)) : null;
            var writer = file ?? console.Out;
            var summary = new BatchSummary(done);
            var results = folder
                ? BatchRunner.RunFolder(knowledgeBase, path, options, signals.Token)
                : BatchRunner.Run(knowledgeBase, reader!, options, signals.Token);
            int? total = folder ? BatchRunner.CountFolder(path) - done : path == "-" ? null : CountLines(path) - done;
            void Write(BatchResult result)
            {
                // Whole lines only: the line and its break in one write, flushed before the next ticket.
                writer.Write(result.Json + "\n");
                writer.Flush();
                summary.Add(result);
            }

            if (parse.GetValue(quiet))
            {
                foreach (var result in results)
                {
                    Write(result);
                }
            }
            else if (console.Error == Console.Error && !Console.IsErrorRedirected && (outputPath is not null || Console.IsOutputRedirected))
            {
                BatchTerminalProgress.Run(results, total, Write);
            }
            else
            {
                using var progress = new BatchProgress(console.Error, total, TimeSpan.FromSeconds(parse.GetValue(heartbeat)));
                foreach (var result in results)
                {
                    Write(result);
                    progress.Add(result);
                }
            }

            summary.WriteTo(console.Error);
            if (parse.GetValue(summaryFile) is { } summaryPath)
            {
                File.WriteAllText(summaryPath, summary.ToJson() + "\n", new UTF8Encoding(false));
            }

            return Task.FromResult(signals.ExitCode
                ?? (parse.GetValue(failOn) is { } threshold && summary.HasFinding(threshold) ? ExitCodes.TestsFailed : ExitCodes.Ok));
        });
        return command;
    }

    // The tickets of a JSONL file, for the progress's "of N": its lines, counted in one pass over its bytes.
    private static int CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        var buffer = new byte[1 << 16];
        var lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return lines + (last == '\n' ? 0 : 1);
    }
}
