using Microsoft.Extensions.Options;
using RulesEngine.Core;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Reporting;
using RulesEngine.Server.Knowledge;

namespace RulesEngine.Server.Triage;

/// <summary>The one core call behind <c>/v1/diagnose</c>, <c>/v1/explain</c> and the MCP tools: validate the ticket,
/// take the knowledge base being served (once: a reload during the call does not touch it), diagnose, shape the JSON.</summary>
internal sealed class TriageService
{
    private readonly KnowledgeBaseHost _host;
    private readonly ServerOptions _options;
    private readonly ILogger<TriageService> _logger;

    public TriageService(KnowledgeBaseHost host, IOptions<ServerOptions> options, ILogger<TriageService> logger)
    {
        _host = host;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The diagnosis contract of <c>triage diagnose --format json</c> plus <c>answer</c>, the chat answer.</summary>
    public Task<(object? Model, TicketProblem? Problem)> DiagnoseAsync(TicketRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, (knowledgeBase, inputs, options) =>
        {
            var diagnosis = knowledgeBase.Diagnose(inputs, options, cancellationToken);
            return DiagnosisJson.ToReport(diagnosis, knowledgeBase) with { Answer = ChatAnswer.Write(diagnosis) };
        }, cancellationToken);

    /// <summary>The explain contract of <c>triage explain --format json</c>.</summary>
    public Task<(object? Model, TicketProblem? Problem)> ExplainAsync(TicketRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, (knowledgeBase, inputs, options) => ExplanationJson.ToReport(knowledgeBase.Explain(inputs, options, cancellationToken), knowledgeBase), cancellationToken);

    /// <summary>The knowledge base being served, or the problem that there is none.</summary>
    public async Task<(KnowledgeBase? KnowledgeBase, TicketProblem? Problem)> KnowledgeBaseAsync(CancellationToken cancellationToken)
    {
        var state = await _host.GetAsync(cancellationToken).ConfigureAwait(false);
        return state.KnowledgeBase is { } knowledgeBase
            ? (knowledgeBase, null)
            : (null, new TicketProblem(
                StatusCodes.Status503ServiceUnavailable,
                "No knowledge base is loaded",
                $"the knowledge base has {state.Errors.Count} errors; GET /health/ready lists them with their positions"));
    }

    private async Task<(object? Model, TicketProblem? Problem)> RunAsync(
        TicketRequest request,
        Func<KnowledgeBase, IReadOnlyList<TicketInput>, DiagnoseOptions, object> run,
        CancellationToken cancellationToken)
    {
        var inputs = TicketRequestValidator.ToInputs(request, _options.MaxInputs, out var errors);
        if (errors.Count > 0)
        {
            return (null, new TicketProblem(StatusCodes.Status400BadRequest, "The ticket is not valid", "fix the fields listed under errors", errors));
        }

        var (knowledgeBase, problem) = await KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        if (knowledgeBase is null)
        {
            return (null, problem);
        }

        var answers = TicketRequestValidator.ToAnswers(request, knowledgeBase, errors);
        if (errors.Count > 0)
        {
            return (null, new TicketProblem(StatusCodes.Status400BadRequest, "The answers are not valid", "fix the answers listed under errors: each names a question of the report's open_questions and a value it takes", errors));
        }

        try
        {
            // The diagnosis's own time budget is the request's: the work stops when the answer could no longer be sent.
            var options = new DiagnoseOptions(request.Now, _options.MaxInputCharacters, _options.MaxTicketCharacters)
            {
                Timeout = TimeSpan.FromSeconds(_options.RequestTimeoutSeconds),
                MaxInputs = _options.MaxInputs,
                Answers = answers,
            };
            return (run(knowledgeBase, inputs, options), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request timed out or the client went away: the diagnosis stopped, and no answer is sent.
            _logger.LogInformation("diagnosis stopped: the request was cancelled (client gone or Triage:RequestTimeoutSeconds reached)");
            throw;
        }
        catch (DiagnosisTimeoutException ex)
        {
            _logger.LogInformation("diagnosis stopped: its time budget (Triage:RequestTimeoutSeconds) ran out");
            return (null, new TicketProblem(StatusCodes.Status504GatewayTimeout, "The diagnosis took too long", ex.Message + " (Triage:RequestTimeoutSeconds)"));
        }
        catch (JoinBudgetExceededException ex)
        {
            // A rule of the loaded knowledge base joins without a key: the owners must fix it (validate warns, RE2023).
            _logger.LogWarning("diagnosis stopped: a rule's unkeyed join ran past the join budget (see RE2023 of triage validate)");
            return (null, new TicketProblem(StatusCodes.Status504GatewayTimeout, "The diagnosis took too long", ex.Message));
        }
        catch (InputTooLargeException ex)
        {
            // The message names the input and both sizes; it never quotes the input.
            return (null, new TicketProblem(StatusCodes.Status413PayloadTooLarge, "An input is too large", ex.Message));
        }
    }
}
