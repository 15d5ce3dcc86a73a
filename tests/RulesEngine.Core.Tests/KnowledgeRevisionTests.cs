using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests;

/// <summary>The revision names the knowledge base's content: the same files give one revision wherever they lie, and
/// an edit to any file of it (rule, rule test, article, catalog, schema) gives another.</summary>
public sealed class KnowledgeRevisionTests
{
    private static readonly string[] Places = ["a", "b/c", "d/e/f"];

    [Fact]
    public void OfFolders_SameContentInThreeFolders_OneRevision()
    {
        using var folder = new TempFolder();
        var revisions = Places
            .Select(at => KnowledgeRevision.OfFolders(folder.CopyFrom(RepositoryPaths.Rules, at + "/rules"), folder.CopyFrom(RepositoryPaths.Kb, at + "/kb-copy")))
            .Append(KnowledgeRevision.OfFolders(RepositoryPaths.Rules, RepositoryPaths.Kb))
            .Distinct()
            .ToList();

        Assert.Single(revisions);
        Assert.Matches("^[0-9a-f]{64}$", revisions[0]);
    }

    [Fact]
    public void Load_TheShippedKnowledgeBaseFromABundle_SameRevisionAsFromItsFolders()
    {
        using var shop = new Bundles.BundleWorkshop();
        var bundle = Path.Combine(shop.Folder.Root, "shipped.tgz");
        using (var stream = File.Create(bundle))
        {
            RulesEngine.Core.Bundles.BundlePacker.Pack(RepositoryPaths.Rules, RepositoryPaths.Kb, shop.SigningKey, 1, Bundles.BundleWorkshop.Now, null, stream);
        }

        using var loaded = shop.Load(bundle).Bundle;

        Assert.NotNull(loaded);
        Assert.Equal(KnowledgeRevision.OfFolders(RepositoryPaths.Rules, RepositoryPaths.Kb), loaded.KnowledgeBase.Revision);
        Assert.Equal(KnowledgeBaseLoader.Load(RepositoryPaths.Rules, RepositoryPaths.Kb).KnowledgeBase!.Revision, loaded.KnowledgeBase.Revision);
    }

    [Fact]
    public void Of_InMemoryFiles_EqualsTheFolders()
    {
        var files = KnowledgeFiles.List(RepositoryPaths.Rules, RepositoryPaths.Kb)
            .Select(f => KeyValuePair.Create(f.Name, (ReadOnlyMemory<byte>)File.ReadAllBytes(f.FullPath)));

        Assert.Equal(KnowledgeRevision.OfFolders(RepositoryPaths.Rules, RepositoryPaths.Kb), KnowledgeRevision.Of(files));
    }

    [Theory]
    [InlineData("rules/cpi-inbound/credentials-rejected.yaml")]
    [InlineData("rules/cpi-inbound/credentials-rejected.tests.yaml")]
    [InlineData("kb/articles/3474524.md")]
    [InlineData("kb/packages.yaml")]
    [InlineData("kb/schemas/rules.schema.json")]
    public void OfFolders_OneByteAppendedToAnyFile_AnotherRevision(string name)
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "kb");
        var before = KnowledgeRevision.OfFolders(rules, kb);

        File.AppendAllText(Path.Combine(folder.Root, name), " ");

        Assert.NotEqual(before, KnowledgeRevision.OfFolders(rules, kb));
    }

    [Fact]
    public void OfFolders_HiddenFilesAndFolders_AreNotPartOfIt()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "kb");
        var before = KnowledgeRevision.OfFolders(rules, kb);

        folder.Write("rules/.credentials-rejected.yaml.swp", "editor state");
        folder.Write("kb/.git/HEAD", "ref: refs/heads/main");

        Assert.Equal(before, KnowledgeRevision.OfFolders(rules, kb));
    }

    [Fact]
    public void Of_ABoundaryMovedBetweenNameAndContent_AnotherRevision()
    {
        // Length-prefixed names and contents: "ab" + "c" and "a" + "bc" never hash alike.
        var first = KnowledgeRevision.Of([KeyValuePair.Create("rules/ab", (ReadOnlyMemory<byte>)"c"u8.ToArray())]);
        var second = KnowledgeRevision.Of([KeyValuePair.Create("rules/a", (ReadOnlyMemory<byte>)"bc"u8.ToArray())]);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Load_ARuleOrArticleInAHiddenFile_IsNotLoadedAndLeavesTheRevision()
    {
        // What the revision leaves out must not load either, or a hidden file would change answers under the same revision.
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "kb");
        var before = KnowledgeBaseLoader.Load(rules, kb).KnowledgeBase!;

        folder.Write("rules/.hidden.yaml", "rules:\n  - id: hidden-rule\n    article: \"3474524\"\n    when:\n      - http-error: { status: 401 }\n");
        folder.Write("rules/.drafts/draft.yaml", "rules:\n  - id: draft-rule\n    article: \"3474524\"\n    when:\n      - http-error: { status: 401 }\n");
        folder.WriteArticle(".hidden-article");
        var after = KnowledgeBaseLoader.Load(rules, kb);

        Assert.DoesNotContain(after.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(before.Rules.Select(r => r.Id.Value), after.KnowledgeBase!.Rules.Select(r => r.Id.Value));
        Assert.Equal(before.Articles.Keys.Order(StringComparer.Ordinal), after.KnowledgeBase.Articles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before.Revision, after.KnowledgeBase.Revision);
    }
}
