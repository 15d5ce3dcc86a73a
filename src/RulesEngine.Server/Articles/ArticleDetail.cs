using RulesEngine.Core.Knowledge;

namespace RulesEngine.Server.Articles;

/// <summary>The body of <c>GET /v1/articles/{id}</c>: the article's front matter and the rules that conclude it.
/// The resolution text is rendered per ticket: <c>POST /v1/diagnose</c> returns it.</summary>
internal sealed record ArticleDetail(
    string Revision,
    string Id,
    string Title,
    string Product,
    string Component,
    string Source,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<ArticleLink> SeeAlso,
    IReadOnlyList<ArticleRule> Rules);
