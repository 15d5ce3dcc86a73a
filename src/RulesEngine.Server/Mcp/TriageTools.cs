using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Server;
using RulesEngine.Server.Articles;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Mcp;

/// <summary>The MCP tools, over HTTP (<c>/mcp</c>) and stdio (<c>triage mcp</c>): the same calls as the HTTP API,
/// answering JSON text. Read-only and closed-world: they read the loaded knowledge base and the inputs given, nothing else.</summary>
[McpServerToolType]
internal sealed class TriageTools
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TriageService _triage;

    public TriageTools(TriageService triage) => _triage = triage;

    [McpServerTool(Name = "diagnose", Title = "Diagnose a support ticket", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Finds the known cause of an SAP integration support ticket (errors, logs, service keys, certificates) in the knowledge base. "
        + "Pass everything the customer wrote and pasted as inputs, each with a file-like name (ticket.txt, trace.log, service-key.json). "
        + "Returns JSON: 'answer' (Markdown to show the customer: likely cause, first step, and the question to ask), 'findings' best first "
        + "(article, title, status confirmed|suspected, confidence, evidence with input/line, questions, full 'resolution' Markdown), "
        + "'questions' and 'facts'. When a finding is only suspected, ask the customer its question and call again with all earlier "
        + "inputs plus the reply as a new input. Secrets in the inputs are never echoed.")]
    public async Task<string> Diagnose(
        [Description("The ticket's inputs: what the customer wrote and pasted, one entry per text.")] TicketRequestInput[] inputs,
        [Description("Optional ISO 8601 time to judge the ticket at (certificate expiry); omit for now.")] DateTimeOffset? now = null,
        CancellationToken cancellationToken = default) =>
        ToJson(await _triage.DiagnoseAsync(new TicketRequest(inputs, now), cancellationToken).ConfigureAwait(false));

    [McpServerTool(Name = "explain", Title = "Explain a diagnosis", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Explains why 'diagnose' concluded what it did for the same inputs: the facts found with their evidence, every rule that fired "
        + "in order with the facts it matched, and the rules that nearly matched with the conditions that did not hold and the question "
        + "that would settle each. Use it when the customer or agent asks why, or why not another cause.")]
    public async Task<string> Explain(
        [Description("The same inputs as for diagnose.")] TicketRequestInput[] inputs,
        [Description("Optional ISO 8601 time to judge the ticket at; omit for now.")] DateTimeOffset? now = null,
        CancellationToken cancellationToken = default) =>
        ToJson(await _triage.ExplainAsync(new TicketRequest(inputs, now), cancellationToken).ConfigureAwait(false));

    [McpServerTool(Name = "list_articles", Title = "List knowledge-base articles", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Lists the knowledge-base articles (known causes) by id with title, product, support component, source URL and the rules "
        + "that conclude each. Use it to see what the engine can recognise; use get_article for one article's details.")]
    public async Task<string> ListArticles(CancellationToken cancellationToken = default)
    {
        var (knowledgeBase, problem) = await _triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        return knowledgeBase is not null ? JsonSerializer.Serialize(ArticlesApi.Catalog(knowledgeBase), Json) : throw ToError(problem!);
    }

    [McpServerTool(Name = "get_article", Title = "Get a knowledge-base article", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Returns one knowledge-base article by id (e.g. an SAP KBA number such as 3474524, as in a finding's 'article'): title, "
        + "product, component, source URL, keywords, see-also links, and the rules that conclude it with their confidences and the "
        + "questions they ask. The resolution text rendered for a ticket comes from diagnose.")]
    public async Task<string> GetArticle(
        [Description("The article id, as listed by list_articles or given in a finding's 'article'.")] string id,
        CancellationToken cancellationToken = default)
    {
        var (knowledgeBase, problem) = await _triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        if (knowledgeBase is null)
        {
            throw ToError(problem!);
        }

        return ArticlesApi.Detail(knowledgeBase, id) is { } detail
            ? JsonSerializer.Serialize(detail, Json)
            : throw new McpException($"no article '{id}': call list_articles for the ids");
    }

    private static string ToJson((IReadOnlyDictionary<string, object?>? Model, TicketProblem? Problem) outcome) =>
        outcome.Model is not null ? JsonSerializer.Serialize(outcome.Model, Json) : throw ToError(outcome.Problem!);

    private static McpException ToError(TicketProblem problem) => new(problem.Errors is { } errors
        ? $"{problem.Title}: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}"
        : $"{problem.Title}: {problem.Detail}");
}
