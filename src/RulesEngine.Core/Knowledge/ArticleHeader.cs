namespace RulesEngine.Core.Knowledge;

/// <summary>The front matter fields of an article, as read from YAML.</summary>
internal sealed record ArticleHeader(
    string Id,
    string Title,
    string Product,
    string Component,
    string Source,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<ArticleLink> SeeAlso,
    System.Collections.Immutable.ImmutableArray<ArticleStep> Steps);
