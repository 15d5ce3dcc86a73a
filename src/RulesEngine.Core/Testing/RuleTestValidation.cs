using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Testing;

/// <summary>What <c>validate</c> checks of a knowledge base's rule-test files without running them: every mistake the
/// reader finds (with its position and code) and every article or rule id a case names that the knowledge base lacks.</summary>
public static class RuleTestValidation
{
    /// <summary>The diagnostics of every <c>*.tests.yaml</c> under <paramref name="rulesFolder"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(KnowledgeBase knowledgeBase, string rulesFolder)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var bag = new DiagnosticBag();
        foreach (var testCase in RuleTestFiles.Load([rulesFolder], bag, rulesFolder).SelectMany(f => f.Cases).Where(c => c.Problems.Count == 0))
        {
            bag.AddRange(RuleTestReferences.UnknownDiagnostics(testCase, knowledgeBase));
        }

        return bag.Items;
    }
}
