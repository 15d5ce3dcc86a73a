using Microsoft.AspNetCore.Http.HttpResults;

namespace RulesEngine.Server.Triage;

/// <summary><c>POST /v1/diagnose</c> and <c>POST /v1/explain</c>.</summary>
internal static class TriageApi
{
    public static RouteGroupBuilder MapTriage(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1").WithTags("Triage");
        group.MapPost("/diagnose", DiagnoseAsync)
            .Accepts<TicketRequest>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Diagnose a ticket")
            .WithDescription("Returns the report of `triage diagnose --format json` (revision, now, findings best first with "
                + "evidence, questions and the rendered resolution, facts) plus `answer`: a few lines of Markdown for a chat "
                + "bubble (likely cause, first step, the question to ask). Stateless: a follow-up turn sends the earlier "
                + "inputs plus the new one.");
        group.MapPost("/explain", ExplainAsync)
            .Accepts<TicketRequest>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Explain a diagnosis")
            .WithDescription("Returns the report of `triage explain --format json`: the diagnosis plus `fired` (every rule "
                + "firing in order with the facts it matched) and `rules` (rules that fired or nearly matched, with which "
                + "conditions held and the question for each missing one).");
        return group;
    }

    private static Task<Results<Ok<IReadOnlyDictionary<string, object?>>, ProblemHttpResult, ValidationProblem>> DiagnoseAsync(
        HttpRequest request, TriageService triage, CancellationToken cancellationToken) =>
        RunAsync(request, triage.DiagnoseAsync, cancellationToken);

    private static Task<Results<Ok<IReadOnlyDictionary<string, object?>>, ProblemHttpResult, ValidationProblem>> ExplainAsync(
        HttpRequest request, TriageService triage, CancellationToken cancellationToken) =>
        RunAsync(request, triage.ExplainAsync, cancellationToken);

    private static async Task<Results<Ok<IReadOnlyDictionary<string, object?>>, ProblemHttpResult, ValidationProblem>> RunAsync(
        HttpRequest request,
        Func<TicketRequest, CancellationToken, Task<(IReadOnlyDictionary<string, object?>? Model, TicketProblem? Problem)>> run,
        CancellationToken cancellationToken)
    {
        var (body, error) = await TicketRequestReader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The body is not a ticket");
        }

        var (model, problem) = await run(body, cancellationToken).ConfigureAwait(false);
        return model is not null ? TypedResults.Ok(model) : ToResult(problem!);
    }

    private static Results<Ok<IReadOnlyDictionary<string, object?>>, ProblemHttpResult, ValidationProblem> ToResult(TicketProblem problem) =>
        problem.Errors is { } errors
            ? TypedResults.ValidationProblem(errors, problem.Detail, title: problem.Title)
            : TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
}
