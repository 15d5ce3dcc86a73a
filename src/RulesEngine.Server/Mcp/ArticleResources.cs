using System.Text.Encodings.Web;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using RulesEngine.Server.Articles;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Mcp;

/// <summary>The knowledge-base articles as MCP resources <c>kb://articles/{id}</c>: listed one per article of the
/// knowledge base being served (it reloads, so the list is made per request, not registered once), read as the JSON of
/// <c>GET /v1/articles/{id}</c>, and announced as a resource template.</summary>
internal static class ArticleResources
{
    public const string Scheme = "kb://articles/";
    private const string MimeType = "application/json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> context, CancellationToken cancellationToken)
    {
        var knowledgeBase = await KnowledgeBaseAsync(context.Services, cancellationToken).ConfigureAwait(false);
        return new ListResourcesResult
        {
            Resources =
            [
                .. ArticlesApi.Catalog(knowledgeBase).Articles.Select(a => new Resource
                {
                    Uri = Scheme + a.Id,
                    Name = a.Id,
                    Title = a.Title,
                    Description = $"{a.Product} ({a.Component}); concluded by {string.Join(", ", a.Rules)}",
                    MimeType = MimeType,
                }),
            ],
        };
    }

    public static ValueTask<ListResourceTemplatesResult> ListTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourceTemplatesResult
        {
            ResourceTemplates =
            [
                new ResourceTemplate
                {
                    UriTemplate = Scheme + "{id}",
                    Name = "article",
                    Title = "A knowledge-base article",
                    Description = "One article by id (as in a finding's 'article'): front matter and the rules that conclude it.",
                    MimeType = MimeType,
                },
            ],
        });

    public static async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> context, CancellationToken cancellationToken)
    {
        var uri = context.Params?.Uri ?? "";
        // Unknown resources are protocol errors (-32002 in the MCP spec), not tool errors: the client asked for a URI that is not listed.
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            throw new McpProtocolException($"unknown resource '{uri}': articles are {Scheme}{{id}}", (McpErrorCode)(-32002));
        }

        var knowledgeBase = await KnowledgeBaseAsync(context.Services, cancellationToken).ConfigureAwait(false);
        var detail = ArticlesApi.Detail(knowledgeBase, Uri.UnescapeDataString(uri[Scheme.Length..]))
            ?? throw new McpProtocolException($"no article '{uri}': resources/list lists them", (McpErrorCode)(-32002));
        return new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = uri, MimeType = MimeType, Text = JsonSerializer.Serialize(detail, Json) }],
        };
    }

    private static async Task<Core.KnowledgeBase> KnowledgeBaseAsync(IServiceProvider? services, CancellationToken cancellationToken)
    {
        var triage = (services ?? throw new InvalidOperationException("no request services")).GetRequiredService<TriageService>();
        var (knowledgeBase, problem) = await triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        return knowledgeBase ?? throw new McpProtocolException($"{problem!.Title}: {problem.Detail}", McpErrorCode.InternalError);
    }
}
