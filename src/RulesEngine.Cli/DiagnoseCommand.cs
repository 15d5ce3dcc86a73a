using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>triage diagnose [--format text|markdown|json] [--rules DIR] [--kb DIR] [--now TIME] FILE...</c>.</summary>
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
        command.Add(files);
        command.SetAction(parse =>
        {
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return ValidateCommand.Report(loaded, console);
            }

            var options = new DiagnoseOptions(parse.GetValue(now), parse.GetValue(maxInput) * Mega, parse.GetValue(maxTicket) * Mega);
            var inputs = TicketInputReader.Read(parse.GetValue(files)!, console.OpenStandardInput, options.MaxInputLength);
            var diagnosis = knowledgeBase.Diagnose(inputs, options);
            console.Out.Write(parse.GetValue(format) switch
            {
                "json" => DiagnosisJson.Serialize(diagnosis, knowledgeBase) + Environment.NewLine,
                "markdown" => DiagnosisText.Write(diagnosis, markdown: true),
                _ => DiagnosisText.Write(diagnosis, markdown: false),
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
