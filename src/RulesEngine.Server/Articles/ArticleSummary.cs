namespace RulesEngine.Server.Articles;

/// <summary>One entry of <c>GET /v1/articles</c>.</summary>
internal sealed record ArticleSummary(string Id, string Title, string Product, string Component, string Source, IReadOnlyList<string> Rules);
