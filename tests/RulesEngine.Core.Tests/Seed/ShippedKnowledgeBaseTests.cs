using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Testing;

namespace RulesEngine.Core.Tests.Seed;

/// <summary>Properties every article of the shipped knowledge base has, whatever their number: a rule concludes it, a
/// test case expects it, its id is stable in form (automation and chat clients key on it), the README lists it.</summary>
public sealed class ShippedKnowledgeBaseTests
{
    private static IReadOnlyCollection<string> ArticleIds => SeedKnowledgeBase.Instance.Articles.Keys;

    [Fact]
    public void Load_Shipped_EveryArticleConcludedByARule()
    {
        var concluded = SeedKnowledgeBase.Instance.Rules.Select(r => r.Conclusion).OfType<FindingConclusion>().Select(c => c.Article.Value).ToHashSet();

        Assert.NotEmpty(ArticleIds);
        Assert.All(ArticleIds, id => Assert.Contains(id, concluded));
    }

    [Fact]
    public void Load_Shipped_EveryArticleExpectedByATestCase()
    {
        var bag = new DiagnosticBag();
        var expected = RuleTestFiles.Load([Support.RepositoryPaths.Rules], bag, Support.RepositoryPaths.Rules)
            .SelectMany(f => f.Cases).SelectMany(c => c.Expect).Select(e => e.Article).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(bag.Items);
        Assert.All(ArticleIds, id => Assert.Contains(id, expected));
    }

    [Fact]
    public void Load_Shipped_IdsAreSapNoteNumbersOrKebabCase()
    {
        Assert.All(ArticleIds, id => Assert.Matches("^(?:[0-9]{6,7}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$", id));
    }

    [Fact]
    public void Readme_ListsEveryArticleAndSaysHowMany()
    {
        var readme = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "README.md"));

        Assert.All(ArticleIds, id => Assert.Contains($"| `{id}` |", readme, StringComparison.Ordinal));
        Assert.Contains($"\n{ArticleIds.Count} causes of ", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Shipped_NoDiagnosticAtAll()
    {
        var result = KnowledgeBaseLoader.Load(Support.RepositoryPaths.Rules, Support.RepositoryPaths.Kb);

        Assert.Empty(result.Diagnostics);
    }
}
