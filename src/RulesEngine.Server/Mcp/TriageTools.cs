using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using RulesEngine.Server.Articles;
using RulesEngine.Server.Triage;
using RulesEngine.Core.Reporting.Contract;

namespace RulesEngine.Server.Mcp;

/// <summary>The MCP tools, over HTTP (<c>/mcp</c>) and stdio (<c>triage mcp</c>): the same calls as the HTTP API,
/// answering <c>structuredContent</c> described by each tool's <c>outputSchema</c> (the HTTP API's contract records), and
/// the same JSON as text. Errors are <c>isError</c> results, never exceptions. Read-only and closed-world: they read the loaded knowledge base and the inputs given, nothing else.</summary>
[McpServerToolType]
internal sealed class TriageTools
{
    private readonly TriageService _triage;

    public TriageTools(TriageService triage) => _triage = triage;

    [McpServerTool(Name = "diagnose", Title = "Diagnose a support ticket", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(DiagnoseReport))]
    [Description("Finds the known cause of an SAP integration support ticket (errors, logs, service keys, certificates) in the knowledge base. "
        + "Pass everything the customer wrote and pasted as inputs, each with a file-like name (ticket.txt, trace.log, service-key.json). "
        + "Returns JSON: 'answer' (Markdown to show the customer: likely cause, first step, and the question to ask), 'findings' best first "
        + "(article, title, status confirmed|suspected, confidence, evidence with input/line, questions, full 'resolution' Markdown), "
        + "'questions', 'open_questions' (with id, answer type and options, best-separating first) and 'facts'. When a finding is only "
        + "suspected, ask the customer the first open question; call again with the same inputs and the reply in 'answers' under the "
        + "question's id (a free-text question without id: add the reply as a new input). Secrets in the inputs are never echoed.")]
    public async Task<CallToolResult> Diagnose(
        [Description("The ticket's inputs: what the customer wrote and pasted, one entry per text.")] TicketRequestInput[] inputs,
        [Description("Optional ISO 8601 time to judge the ticket at (certificate expiry); omit for now.")] DateTimeOffset? now = null,
        [Description("The customer's answers so far, by question id from open_questions: {\"wfs-trace-line\": \"yes\"}. A yes can confirm a cause, a no exclude it.")] Dictionary<string, string>? answers = null,
        McpServer? server = null,
        CancellationToken cancellationToken = default)
    {
        var outcome = await _triage.DiagnoseAsync(new TicketRequest(inputs, now, answers), cancellationToken).ConfigureAwait(false);
        // A client that can elicit gets the open question as a form, and the answer is diagnosed at once.
        if (outcome.Model is DiagnoseReport report && server?.ClientCapabilities?.Elicitation is not null && QuestionElicitation.For(report) is var (id, request))
        {
            ElicitResult reply;
            try
            {
                reply = await server.ElicitAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or McpException)
            {
                // A transport that cannot send requests to the client (stateless HTTP): the question stays in the result.
                return ToolResults.From(outcome);
            }

            if (QuestionElicitation.Answer(reply) is { } value)
            {
                var answered = new Dictionary<string, string>(answers ?? [], StringComparer.Ordinal) { [id] = value };
                outcome = await _triage.DiagnoseAsync(new TicketRequest(inputs, now, answered), cancellationToken).ConfigureAwait(false);
            }
        }

        return ToolResults.From(outcome);
    }

    [McpServerTool(Name = "explain", Title = "Explain a diagnosis", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ExplainReport))]
    [Description("Explains why 'diagnose' concluded what it did for the same inputs: the facts found with their evidence, every rule that fired "
        + "in order with the facts it matched, and the rules that nearly matched with the conditions that did not hold and the question "
        + "that would settle each. Use it when the customer or agent asks why, or why not another cause.")]
    public async Task<CallToolResult> Explain(
        [Description("The same inputs as for diagnose.")] TicketRequestInput[] inputs,
        [Description("Optional ISO 8601 time to judge the ticket at; omit for now.")] DateTimeOffset? now = null,
        [Description("The same answers as for diagnose; explain shows them as evidence.")] Dictionary<string, string>? answers = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(await _triage.ExplainAsync(new TicketRequest(inputs, now, answers), cancellationToken).ConfigureAwait(false));

    [McpServerTool(Name = "list_articles", Title = "List knowledge-base articles", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ArticleCatalog))]
    [Description("Lists the knowledge-base articles (known causes) by id with title, product, support component, source URL and the rules "
        + "that conclude each. Use it to see what the engine can recognise; use get_article for one article's details.")]
    public async Task<CallToolResult> ListArticles(CancellationToken cancellationToken = default)
    {
        var (knowledgeBase, problem) = await _triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        return knowledgeBase is not null ? ToolResults.Success(ArticlesApi.Catalog(knowledgeBase)) : ToolResults.Error(problem!);
    }

    [McpServerTool(Name = "get_article", Title = "Get a knowledge-base article", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ArticleDetail))]
    [Description("Returns one knowledge-base article by id (e.g. an SAP KBA number such as 3474524, as in a finding's 'article'): title, "
        + "product, component, source URL, keywords, see-also links, and the rules that conclude it with their confidences and the "
        + "questions they ask. The resolution text rendered for a ticket comes from diagnose.")]
    public async Task<CallToolResult> GetArticle(
        [Description("The article id, as listed by list_articles or given in a finding's 'article'.")] string id,
        CancellationToken cancellationToken = default)
    {
        var (knowledgeBase, problem) = await _triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        if (knowledgeBase is null)
        {
            return ToolResults.Error(problem!);
        }

        return ArticlesApi.Detail(knowledgeBase, id) is { } detail
            ? ToolResults.Success(detail)
            : ToolResults.Error($"id: no article '{id}'; call list_articles for the ids");
    }
}
