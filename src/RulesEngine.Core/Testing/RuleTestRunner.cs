using RulesEngine.Core.Extraction;

namespace RulesEngine.Core.Testing;

/// <summary>Runs rule-test cases against a knowledge base, in parallel, and measures which rules they cover
/// (<see cref="RuleCoverage"/>).</summary>
public static class RuleTestRunner
{
    /// <summary>Runs every case of <paramref name="files"/>; results keep file and case order.</summary>
    public static RuleTestReport Run(KnowledgeBase knowledgeBase, IReadOnlyList<RuleTestFile> files, CancellationToken cancellationToken = default)
    {
        var cases = files.SelectMany(f => f.Cases.Select(c => (File: f, Case: c))).ToList();
        var results = new RuleTestResult[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            results[i] = RunCase(knowledgeBase, cases[i].File, cases[i].Case);
        });

        var (pairs, untested) = LookAlikeCoverage.Measure(knowledgeBase.Rules, results);
        return new RuleTestReport(results, RuleCoverage.Uncovered(knowledgeBase.Rules, results), knowledgeBase.Rules.Length)
        {
            LookAlikePairs = pairs,
            UntestedLookAlikes = untested,
        };
    }

    private static RuleTestResult RunCase(KnowledgeBase knowledgeBase, RuleTestFile file, RuleTestCase testCase)
    {
        if (testCase.Problems.Count > 0)
        {
            return new RuleTestResult(file, testCase, testCase.Problems, null);
        }

        // An id that names nothing would make 'absent' pass and 'expect' fail for the wrong reason: it is a failure itself.
        var unknown = RuleTestReferences.Unknown(testCase, knowledgeBase);
        if (unknown.Count > 0)
        {
            return new RuleTestResult(file, testCase, unknown, null);
        }

        try
        {
            var options = new DiagnoseOptions(testCase.Now)
            {
                Answers = knowledgeBase.CheckAnswers(testCase.Answers.Select(a => KeyValuePair.Create(a.Question, a.Value))).Answers,
            };
            var diagnosis = knowledgeBase.Diagnose(testCase.Inputs, options);
            var failures = RuleTestChecks.Check(testCase, diagnosis, knowledgeBase.Schema);

            // Only a failure pays for the explain trace, which says why rules did or did not fire.
            var explanation = failures.Count == 0 ? null : knowledgeBase.Explain(diagnosis);
            return new RuleTestResult(file, testCase, failures, diagnosis, explanation);
        }
        catch (InputTooLargeException ex)
        {
            return new RuleTestResult(file, testCase, [ex.Message], null);
        }
    }
}
