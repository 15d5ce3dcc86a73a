using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>triage explain [--format text|json] [--answer ID=VALUE]... [--answers FILE] FILE...</c>: why the diagnosis came out as it did.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var ticket = new TicketOptions();
        var answers = new AnswerOptions();
        var command = new Command("explain", "Explain a diagnosis: facts and evidence, rules fired in order, and the rules that nearly matched.");
        knowledge.AddTo(command);
        command.Add(format);
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
            var explanation = knowledgeBase.Explain(inputs, options, cancellation);
            console.Out.Write(parse.GetValue(format) == "json"
                ? ExplanationJson.Serialize(explanation, knowledgeBase) + Environment.NewLine
                : ExplanationText.Write(explanation, knowledgeBase));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
