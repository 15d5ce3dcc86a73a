namespace RulesEngine.Server.Articles;

/// <summary>A rule that concludes an article: what it recognises, how sure it makes the finding, what it asks.</summary>
internal sealed record ArticleRule(string Id, string? Title, double Suspected, double Confirmed, IReadOnlyList<string> Questions);
