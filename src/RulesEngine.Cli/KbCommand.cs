using System.CommandLine;
using System.Globalization;
using RulesEngine.Core;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Testing;

namespace RulesEngine.Cli;

/// <summary><c>triage kb list</c> and <c>triage kb render ID [--case NAME]</c>: the articles with their rules and test
/// cases, and one article rendered as a customer would read it for a test case's ticket.</summary>
internal static class KbCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("kb", "Inspect the knowledge base: list articles, render one with a test case's data.");
        command.Add(CreateList(console));
        command.Add(CreateRender(console));
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var command = new Command("list", "List the articles with the rules that conclude them and the test cases that expect them.");
        knowledge.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return ValidateCommand.Report(loaded, console);
            }

            var cases = RuleTestFiles.Load([knowledge.RulesFolder(parse)], new DiagnosticBag(), knowledge.RulesFolder(parse)).SelectMany(f => f.Cases).ToList();
            foreach (var article in knowledgeBase.Articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                var concluding = ConcludingRules(knowledgeBase, article.Id).ToLookup(r => ((FindingConclusion)r.Conclusion).Family?.Value);
                var rules = concluding[null].Select(r => r.Id.Value).ToList();
                var families = concluding.Where(g => g.Key is not null).Select(g => g.Key!).ToList();
                var tests = cases.Count(c => c.Expect.Any(e => e.Article == article.Id) || c.Absent.Contains(article.Id));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.Id,-32} {article.Title}"));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-32} rules: {(rules.Count == 0 ? "none" : string.Join(", ", rules))}{(families.Count == 0 ? "" : "; families: " + string.Join(", ", families))}; test cases: {tests}"));
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{knowledgeBase.Articles.Count} articles, {knowledgeBase.Rules.Length} rules, {cases.Count} test cases"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateRender(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions();
        var id = new Argument<string>("ID") { Description = "The article id." };
        var caseName = new Option<string?>("--case") { Description = "The test case to take the ticket from (default: the first case that expects the article)." };
        var command = new Command("render", "Render an article for the ticket of one of its test cases, as a customer would read it.");
        knowledge.AddTo(command);
        command.Add(id);
        command.Add(caseName);
        command.SetAction(parse =>
        {
            var loaded = knowledge.Load(parse);
            if (loaded.KnowledgeBase is not { } knowledgeBase)
            {
                return ValidateCommand.Report(loaded, console);
            }

            var articleId = parse.GetValue(id)!;
            if (!knowledgeBase.Articles.ContainsKey(articleId))
            {
                console.Error.WriteLine($"triage: no such article '{articleId}'.{Suggestions.DidYouMean(articleId, knowledgeBase.Articles.Keys)} 'triage kb list' lists them");
                return ExitCodes.Usage;
            }

            // Only the case to render matters here: the other cases' mistakes are for 'triage validate' and 'triage test'.
            var name = parse.GetValue(caseName);
            var cases = RuleTestFiles.Load([knowledge.RulesFolder(parse)], new DiagnosticBag(), knowledge.RulesFolder(parse)).SelectMany(f => f.Cases);
            var testCase = cases.FirstOrDefault(c => c.Problems.Count == 0 && (name is null ? c.Expect.Any(e => e.Article == articleId) : c.Name == name));
            if (testCase is null)
            {
                console.Error.WriteLine($"triage: no test case {(name is null ? $"expects article '{articleId}'" : $"is named '{name}'")}: add one to a *.tests.yaml file");
                return ExitCodes.Usage;
            }

            var finding = knowledgeBase.Diagnose(testCase.Inputs, new DiagnoseOptions(testCase.Now)).Findings.FirstOrDefault(f => f.Finding.Article == articleId);
            if (finding is null)
            {
                console.Error.WriteLine($"triage: the case '{testCase.Name}' does not conclude article '{articleId}'");
                return ExitCodes.TestsFailed;
            }

            console.Out.WriteLine($"<!-- {articleId} {(finding.Finding.Status == Core.Inference.FindingStatus.Confirmed ? "confirmed" : "suspected")} for test case '{testCase.Name}' -->");
            console.Out.Write(finding.Resolution ?? string.Join(Environment.NewLine, finding.RenderDiagnostics) + Environment.NewLine);
            return finding.Resolution is null ? ExitCodes.KnowledgeBaseInvalid : ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<RuleNode> ConcludingRules(KnowledgeBase knowledgeBase, string article) =>
        knowledgeBase.Rules.Where(r => r.Conclusion is FindingConclusion f && f.Article.Value == article);
}
