using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Testing;

namespace RulesEngine.Cli;

/// <summary><c>triage validate [--rules DIR] [--kb DIR]</c>: every problem of a knowledge base, its rule-test files
/// included, exit 3 if any error.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check rules, articles and catalog data; print every problem as path(line,col): error CODE: message.");
        knowledge.AddTo(command);
        command.Add(format);
        command.SetAction(parse =>
        {
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is { } loadedBase)
            {
                // The rule-test files are part of the knowledge base: their mistakes are its errors.
                loaded = loaded with { Diagnostics = [.. loaded.Diagnostics, .. RuleTestValidation.Check(loadedBase, knowledge.RulesFolder(parse))] };
            }

            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(DiagnosticsJson.Serialize(loaded));
                return ExitFor(loaded);
            }

            var exit = Report(loaded, console);
            if (loaded.KnowledgeBase is { } kb && !loaded.HasErrors)
            {
                console.Out.WriteLine($"knowledge base OK: {kb.Rules.Length} rules, {kb.Articles.Count} articles, revision {kb.Revision}");
            }

            return exit;
        });
        return command;
    }

    /// <summary>Prints the diagnostics to standard error; returns 6 when a bundle or key was refused, 3 for other errors.</summary>
    public static int Report(KnowledgeBaseLoadResult loaded, CliConsole console)
    {
        foreach (var diagnostic in loaded.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        var errors = loaded.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            console.Error.WriteLine(ExitFor(loaded) == ExitCodes.BundleRefused ? $"{errors} error(s): the bundle was refused and nothing was loaded"
                : loaded.KnowledgeBase is null ? $"{errors} error(s): the knowledge base was not loaded"
                : $"{errors} error(s) in the knowledge base's rule-test files");
        }

        return ExitFor(loaded);
    }

    /// <summary>0 without errors; 6 when a bundle or key was refused (RE4xxx); 3 for other errors.</summary>
    public static int ExitFor(KnowledgeBaseLoadResult loaded) =>
        !loaded.HasErrors ? ExitCodes.Ok
        : loaded.Diagnostics.Any(d => d.IsError && (int)d.Code is >= 4000 and < 5000) ? ExitCodes.BundleRefused
        : ExitCodes.KnowledgeBaseInvalid;
}
