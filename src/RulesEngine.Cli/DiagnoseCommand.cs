using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>triage diagnose [--format text|markdown|json] [--rules DIR] [--kb DIR] [--now TIME] [--timeout SECONDS] [--max-inputs N] [--all-facts] [--answer ID=VALUE]... [--answers FILE] FILE...</c>.</summary>
internal static class DiagnoseCommand
{
    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var allFacts = new Option<bool>("--all-facts")
        {
            Description = $"List every fact in the JSON report (by default the first {DiagnosisJson.MaxFacts}, with the total).",
        };
        var ticket = new TicketOptions();
        var answers = new AnswerOptions();
        var command = new Command("diagnose", "Diagnose one ticket: find the known cause, the evidence, and the resolution.");
        knowledge.AddTo(command);
        command.Add(format);
        command.Add(allFacts);
        answers.AddTo(command);
        ticket.AddTo(command);
        command.SetAction((parse, cancellation) =>
        {
            var reading = ticket.StartReading(parse, console, cancellation);
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return Task.FromResult(ValidateCommand.Report(loaded, console)); // what reading found does not matter then
            }

            var (inputs, options) = reading.GetAwaiter().GetResult();
            if (answers.Read(parse, knowledgeBase, console) is not { } given)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            options = options with { Answers = given };
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
