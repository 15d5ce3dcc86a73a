namespace RulesEngine.Server.Articles;

/// <summary>The body of <c>GET /v1/articles</c>: the articles of the knowledge base being served, by id.</summary>
internal sealed record ArticleCatalog(string Revision, IReadOnlyList<ArticleSummary> Articles);
