using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Tests.Seed;

/// <summary>The shipped knowledge base: the 27 causes with their fixed ids (automation and chat clients key on them).</summary>
public sealed class ShippedKnowledgeBaseTests
{
    private static readonly string[] ArticleIds =
    [
        "3474524", "3224701", "3364579", "3538749", "cpi-inbound-role-mismatch", "cpi-inbound-cert-untrusted-ca",
        "cpi-trial-no-client-cert", "3592653", "cpi-service-key-cert-expired", "cpi-inbound-csrf", "cpi-odata-receiver-csrf",
        "2681175", "cpi-outbound-pkix", "cpi-keystore-cache-24h", "2693822", "cpi-http-receiver-401", "2161058", "3108814",
        "2668018", "3336571", "3333286", "3246371", "3693312", "2749468", "3589982", "2980997", "scc-subaccount-cert-expired",
    ];

    [Fact]
    public void Load_Shipped_HasExactlyThe27ArticlesEachConcludedByARule()
    {
        var knowledgeBase = SeedKnowledgeBase.Instance;

        Assert.Equal(ArticleIds.Order(StringComparer.Ordinal), knowledgeBase.Articles.Keys.Order(StringComparer.Ordinal));
        var concluded = knowledgeBase.Rules.Select(r => r.Conclusion).OfType<FindingConclusion>().Select(c => c.Article.Value).ToHashSet();
        Assert.All(ArticleIds, id => Assert.Contains(id, concluded));
    }

    [Fact]
    public void Load_Shipped_NoDiagnosticAtAll()
    {
        var result = KnowledgeBaseLoader.Load(Support.RepositoryPaths.Rules, Support.RepositoryPaths.Kb);

        Assert.Empty(result.Diagnostics);
    }
}
