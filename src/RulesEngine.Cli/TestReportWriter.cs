using System.Globalization;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Testing;

namespace RulesEngine.Cli;

/// <summary>Prints a rule-test report: each failure with what was expected and what came, a summary, and coverage.</summary>
internal static class TestReportWriter
{
    public static void Write(RuleTestReport report, TextWriter output)
    {
        foreach (var result in report.Results.Where(r => !r.Passed))
        {
            var span = result.Case.Span;
            output.WriteLine($"FAIL {span.Path}({span.Line},{span.Column}): {result.Case.Name}");
            foreach (var failure in result.Failures)
            {
                output.WriteLine("  - " + failure);
            }

            if (result.Diagnosis is { } diagnosis)
            {
                output.WriteLine("  rules fired: " + (diagnosis.Fired.Count == 0 ? "none" : string.Join(", ", diagnosis.Fired.Select(f => f.Rule.Name).Distinct())));
            }

            // The trace of the rules behind the articles the case is about: which conditions held, which are missing.
            var articles = result.Case.Expect.Select(e => e.Article).Concat(result.Case.Absent).ToHashSet(StringComparer.Ordinal);
            foreach (var trace in result.Explanation?.Rules.Where(r => r.Article is { } a && articles.Contains(a)) ?? [])
            {
                output.Write(ExplanationText.WriteRuleTrace(trace, "  "));
            }

            output.WriteLine();
        }

        var covered = report.RuleCount - report.Uncovered.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Results.Count} cases: {report.Passed} passed, {report.Failed} failed"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule coverage: {covered}/{report.RuleCount} rules asserted present and absent ({report.Coverage * 100:0.#}%)"));
        foreach (var (rule, missing) in report.Uncovered)
        {
            output.WriteLine($"  {rule.Id.Span.Path}({rule.Id.Span.Line},{rule.Id.Span.Column}): {rule.Id.Value}: {missing}");
        }

        var tested = report.LookAlikePairs - report.UntestedLookAlikes.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"look-alike coverage: {tested}/{report.LookAlikePairs} pairs tested together ({report.LookAlikeCoverage * 100:0.#}%)"));
        foreach (var (span, article, lookAlike) in report.UntestedLookAlikes)
        {
            output.WriteLine($"  {span.Path}({span.Line},{span.Column}): {article} yields to {lookAlike}: no passing case fires it, finds {lookAlike} and asserts both");
        }
    }
}
