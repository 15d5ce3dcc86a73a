using System.Collections.Immutable;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Testing;

namespace RulesEngine.Core.Bundles;

/// <summary>What a knowledge base must pass to be packed, and again to be loaded from a bundle: it validates and
/// compiles, it has rule tests, and they all pass.</summary>
public static class ReleaseCheck
{
    /// <summary>Loads the folders and runs every rule test under the rules folder.</summary>
    public static ReleaseCheckResult Run(string rulesDirectory, string kbDirectory, CancellationToken cancellationToken = default)
    {
        var loaded = KnowledgeBaseLoader.Load(rulesDirectory, kbDirectory, cancellationToken);
        if (loaded.KnowledgeBase is not { } knowledgeBase)
        {
            return new ReleaseCheckResult(null, [.. loaded.Diagnostics], null);
        }

        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var files = RuleTestFiles.Load([rulesDirectory], bag, rulesDirectory);
        if (bag.HasErrors)
        {
            return new ReleaseCheckResult(null, [.. bag.Items], null);
        }

        var report = RuleTestRunner.Run(knowledgeBase, files, cancellationToken);
        var span = SourceSpan.File(KnowledgePaths.Of(rulesDirectory, rulesDirectory));
        if (report.Results.Count == 0)
        {
            bag.Error(DiagnosticCode.BundleKnowledgeRejected, span, "the knowledge base has no rule tests: a release is smoke-tested by its own tests; add *.tests.yaml files");
        }

        foreach (var failed in report.Results.Where(r => !r.Passed))
        {
            bag.Add(Diagnostic.Error(DiagnosticCode.BundleKnowledgeRejected, failed.Case.Span, $"rule test '{failed.Case.Name}' fails: {string.Join("; ", failed.Failures)}"));
        }

        return new ReleaseCheckResult(bag.HasErrors ? null : knowledgeBase, [.. bag.Items], report);
    }
}

/// <summary>The outcome of <see cref="ReleaseCheck.Run"/>.</summary>
/// <param name="KnowledgeBase">The knowledge base when it passed; null otherwise.</param>
/// <param name="Diagnostics">The load's diagnostics and one error per failing rule test.</param>
/// <param name="Tests">The rule tests' report, when they ran.</param>
public sealed record ReleaseCheckResult(KnowledgeBase? KnowledgeBase, ImmutableArray<Diagnostic> Diagnostics, RuleTestReport? Tests)
{
    public bool Passed => KnowledgeBase is not null;
}
