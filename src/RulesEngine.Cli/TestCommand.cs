using System.Globalization;
using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Testing;

namespace RulesEngine.Cli;

/// <summary><c>triage test [PATH...]</c>: runs the rule-test cases, reports failures with expected vs. actual, and rule coverage.</summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var minCoverage = new Option<double>("--min-coverage")
        {
            Description = "Fail when fewer than this percentage of the rules are asserted present and absent, or of the look-alike pairs are tested together (0-100).",
            DefaultValueFactory = _ => 0,
            CustomParser = OptionValues.Number("--min-coverage", 0, 100),
        };
        var watch = new Option<bool>("--watch") { Description = "Run again whenever a rule, article or test file changes (Ctrl+C stops)." };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Test files (*.tests.yaml) or folders to search; default: the rules folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        OptionValues.RejectOptionLike(paths);
        var command = new Command("test", "Run the rule tests (*.tests.yaml beside the rules) and report rule coverage.");
        knowledge.AddTo(command);
        command.Add(minCoverage);
        command.Add(watch);
        command.Add(paths);
        command.Validators.Add(result =>
        {
            if (result.GetResult(watch) is not null && result.GetResult(knowledge.Bundle) is not null)
            {
                result.AddError("--watch watches folders; a bundle is verified once: use --rules and --kb to watch, or drop --watch");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var run = () => RunOnce(console, knowledge, parse, parse.GetValue(paths)!, parse.GetValue(minCoverage));
            if (!parse.GetValue(watch))
            {
                return run();
            }

            await TestWatcher.WatchAsync([knowledge.RulesFolder(parse), knowledge.KbFolder(parse)], run, console, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int RunOnce(CliConsole console, KnowledgeBaseOptions knowledge, ParseResult parse, string[] paths, double minCoverage)
    {
        var loaded = knowledge.Load(parse);
        if (loaded.KnowledgeBase is not { } knowledgeBase)
        {
            return ValidateCommand.Report(loaded, console);
        }

        var bag = new DiagnosticBag();
        var files = RuleTestFiles.Load(paths.Length > 0 ? paths : [knowledge.RulesFolder(parse)], bag, knowledge.RulesFolder(parse));
        foreach (var diagnostic in bag.Items)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        var report = RuleTestRunner.Run(knowledgeBase, files);
        TestReportWriter.Write(report, console.Out);
        // Both coverages answer to the same bar: an untested look-alike pair is an untested decision.
        var coverageOk = report.Coverage * 100 >= minCoverage - 1e-9;
        if (!coverageOk)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule coverage {report.Coverage * 100:0.#}% is below --min-coverage {minCoverage}%"));
        }

        if (report.LookAlikeCoverage * 100 < minCoverage - 1e-9)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"look-alike coverage {report.LookAlikeCoverage * 100:0.#}% is below --min-coverage {minCoverage}%"));
            coverageOk = false;
        }

        return report.Failed == 0 && coverageOk && !bag.HasErrors ? ExitCodes.Ok : ExitCodes.TestsFailed;
    }
}
