using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>triage explain [--format text|json] FILE...</c>: why the diagnosis came out as it did.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var now = new Option<DateTimeOffset?>("--now") { Description = "Judge the ticket at this time (ISO 8601).", HelpName = "TIME" };
        var files = new Argument<string[]>("FILE") { Description = "The ticket's inputs; '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("explain", "Explain a diagnosis: facts and evidence, rules fired in order, and the rules that nearly matched.");
        knowledge.AddTo(command);
        command.Add(format);
        command.Add(now);
        command.Add(files);
        command.SetAction(parse =>
        {
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return ValidateCommand.Report(loaded, console);
            }

            var options = new DiagnoseOptions(parse.GetValue(now));
            var inputs = TicketInputReader.Read(parse.GetValue(files)!, console.OpenStandardInput, options.MaxInputLength);
            var explanation = knowledgeBase.Explain(inputs, options);
            console.Out.Write(parse.GetValue(format) == "json"
                ? ExplanationJson.Serialize(explanation, knowledgeBase) + Environment.NewLine
                : ExplanationText.Write(explanation, knowledgeBase));
            return ExitCodes.Ok;
        });
        return command;
    }
}
