using System.CommandLine;
using System.Globalization;
using RulesEngine.Core;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>triage diagnose [--format text|markdown|json] [--rules DIR] [--kb DIR] [--now TIME] [--timeout SECONDS] [--all-facts] FILE...</c>.</summary>
internal static class DiagnoseCommand
{
    private const long Mega = 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var now = new Option<DateTimeOffset?>("--now")
        {
            Description = "Judge the ticket at this time (ISO 8601) instead of the current time, for reproducible output.",
            HelpName = "TIME",
        };
        var maxInput = new Option<int>("--max-input-mb")
        {
            Description = "Largest input accepted, in Mi characters (1,048,576; default 64: a 50 MB log fits).",
            DefaultValueFactory = _ => 64,
        };
        var maxTicket = new Option<int>("--max-ticket-mb")
        {
            Description = "Largest ticket (all inputs together) accepted, in Mi characters (default 128).",
            DefaultValueFactory = _ => 128,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Stop the diagnosis after this many seconds (exit 5); default 60, enough for a 50 MB log.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DiagnoseOptions.DefaultTimeout.TotalSeconds,
        };
        timeout.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400)
            {
                return seconds;
            }

            result.AddError($"--timeout '{text}' is not a number of seconds above 0 and at most 86400");
            return 0;
        };
        var allFacts = new Option<bool>("--all-facts")
        {
            Description = $"List every fact in the JSON report (by default the first {DiagnosisJson.MaxFacts}, with the total).",
        };
        var files = new Argument<string[]>("FILE")
        {
            Description = "The ticket's inputs (ticket text, logs, service key, certificates); '-' reads standard input. All files form one ticket.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("diagnose", "Diagnose one ticket: find the known cause, the evidence, and the resolution.");
        knowledge.AddTo(command);
        command.Add(format);
        command.Add(now);
        command.Add(maxInput);
        command.Add(maxTicket);
        command.Add(timeout);
        command.Add(allFacts);
        command.Add(files);
        command.SetAction((parse, cancellation) =>
        {
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return Task.FromResult(ValidateCommand.Report(loaded, console));
            }

            var options = new DiagnoseOptions(parse.GetValue(now), parse.GetValue(maxInput) * Mega, parse.GetValue(maxTicket) * Mega)
            {
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            };
            var inputs = TicketInputReader.Read(parse.GetValue(files)!, console.OpenStandardInput, options.MaxInputLength);
            var diagnosis = knowledgeBase.Diagnose(inputs, options, cancellation);
            console.Out.Write(parse.GetValue(format) switch
            {
                "json" => DiagnosisJson.Serialize(diagnosis, knowledgeBase, parse.GetValue(allFacts)) + Environment.NewLine,
                "markdown" => DiagnosisText.Write(diagnosis, markdown: true),
                _ => DiagnosisText.Write(diagnosis, markdown: false),
            });
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
