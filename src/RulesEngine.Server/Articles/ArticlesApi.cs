using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using RulesEngine.Core;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Server.OpenApi;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Articles;

/// <summary><c>GET /v1/articles</c> and <c>GET /v1/articles/{id}</c>.</summary>
internal static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/articles").WithTags("Articles").RequireApiKey();
        group.MapGet("/", ListAsync)
            .WithName("listArticles")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("List the articles")
            .WithDescription("The articles of the knowledge base being served, by id, with the rules that conclude each.");
        group.MapGet("/{id}", GetAsync)
            .WithName("getArticle")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Get one article")
            .WithDescription("The article's front matter (title, product, component, source, keywords, see-also links) and "
                + "the rules that conclude it with their confidences and questions.");
        return group;
    }

    /// <summary>The catalog of <paramref name="knowledgeBase"/>, by id.</summary>
    public static ArticleCatalog Catalog(KnowledgeBase knowledgeBase) => new(
        knowledgeBase.Revision,
        [
            .. knowledgeBase.Articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new ArticleSummary(a.Id, a.Title, a.Product, a.Component, a.Source, [.. Concluding(knowledgeBase, a.Id).Select(r => r.Id)])),
        ]);

    /// <summary>One article of <paramref name="knowledgeBase"/>, or null.</summary>
    public static ArticleDetail? Detail(KnowledgeBase knowledgeBase, string id) =>
        knowledgeBase.Articles.TryGetValue(id, out var a)
            ? new ArticleDetail(knowledgeBase.Revision, a.Id, a.Title, a.Product, a.Component, a.Source, a.Keywords, a.SeeAlso, Concluding(knowledgeBase, a.Id))
            : null;

    private static async Task<Results<Ok<ArticleCatalog>, ProblemHttpResult>> ListAsync(TriageService triage, CancellationToken cancellationToken)
    {
        var (knowledgeBase, problem) = await triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        return knowledgeBase is null
            ? TypedResults.Problem(problem!.Detail, statusCode: problem.Status, title: problem.Title)
            : TypedResults.Ok(Catalog(knowledgeBase));
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync([Description("The article id, e.g. an SAP KBA number such as 3474524.")] string id, TriageService triage, CancellationToken cancellationToken)
    {
        var (knowledgeBase, problem) = await triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        if (knowledgeBase is null)
        {
            return TypedResults.Problem(problem!.Detail, statusCode: problem.Status, title: problem.Title);
        }

        return Detail(knowledgeBase, id) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.Problem("GET /v1/articles lists the article ids", statusCode: StatusCodes.Status404NotFound, title: "No such article");
    }

    private static List<ArticleRule> Concluding(KnowledgeBase knowledgeBase, string articleId) =>
    [
        .. knowledgeBase.Rules
            .Where(r => r.Conclusion is FindingConclusion f && f.Article.Value == articleId)
            .Select(r => (Rule: r, Finding: (FindingConclusion)r.Conclusion))
            .Select(x => new ArticleRule(x.Rule.Id.Value, x.Rule.Title, x.Finding.Suspected.Value, x.Finding.Confirmed.Value, [.. x.Finding.Questions.Select(q => q.Value.Text)])),
    ];
}
