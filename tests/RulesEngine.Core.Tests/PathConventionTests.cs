using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests;

/// <summary>One convention for the files of a knowledge base: its folder's name and the path below it
/// (<c>rules/cpi-inbound/untrusted-ca.yaml</c>), whatever the current folder and wherever the knowledge base lies — so
/// diagnostics, explain traces and the revision agree between machines and replicas.</summary>
public sealed class PathConventionTests
{
    [Fact]
    public void Load_ShippedAndACopyElsewhere_SamePathsAndSameRevision()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "somewhere/else/rules");
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "somewhere/else/kb");

        var shipped = KnowledgeBaseLoader.Load(RepositoryPaths.Rules, RepositoryPaths.Kb).KnowledgeBase!;
        var copy = KnowledgeBaseLoader.Load(rules, kb).KnowledgeBase!;

        Assert.Equal(shipped.Revision, copy.Revision);
        Assert.Equal(shipped.Rules.Select(r => r.Id.Span.Path), copy.Rules.Select(r => r.Id.Span.Path));
        Assert.All(copy.Rules, r => Assert.StartsWith("rules/", r.Id.Span.Path, StringComparison.Ordinal));
        Assert.All(copy.Articles.Values, a => Assert.StartsWith("kb/articles/", a.Path, StringComparison.Ordinal));
    }
}
