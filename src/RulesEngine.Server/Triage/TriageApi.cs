using RulesEngine.Server.OpenApi;
using RulesEngine.Core.Reporting.Contract;

namespace RulesEngine.Server.Triage;

/// <summary><c>POST /v1/diagnose</c> and <c>POST /v1/explain</c>.</summary>
internal static class TriageApi
{
    /// <summary>The example request of the OpenAPI document: a ticket with its trace log, judged at a fixed time.</summary>
    public const string Example = """
        {"inputs":[
          {"name":"ticket.txt","content":"EC to WFS integration fails with 401 since we switched to client certificate. Monitor Message Processing shows: HTTP response '401: Unauthorized' when communicating with https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs"},
          {"name":"trace.log","content":"2026-11-28 10:15:02.345 ERROR [http-nio-8080-exec-7] com.sap.it.security.authentication.ClientCertificateAuthenticator - The client certificate is not configured in a service key of a Process Integration Runtime service instance."}],
        "now":"2026-11-28T10:30:00Z"}
        """;

    public static RouteGroupBuilder MapTriage(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1").WithTags("Triage").RequireApiKey();
        group.MapPost("/diagnose", DiagnoseAsync)
            .WithName("diagnose")
            .Accepts<TicketRequest>("application/json")
            .WithRequestExample("application/json", Example)
            .Produces<DiagnoseReport>()
            .ProducesDiagnosisProblems()
            .WithSummary("Diagnose a ticket")
            .WithDescription("Returns the report of `triage diagnose --format json` (revision, now, findings best first with "
                + "evidence, questions and the rendered resolution, facts) plus `answer`: a few lines of Markdown for a chat "
                + "bubble (likely cause, first step, the question to ask). Stateless: a follow-up turn sends the earlier "
                + "inputs plus the new one.");
        group.MapPost("/explain", ExplainAsync)
            .WithName("explain")
            .Accepts<TicketRequest>("application/json")
            .WithRequestExample("application/json", Example)
            .Produces<ExplainReport>()
            .ProducesDiagnosisProblems()
            .WithSummary("Explain a diagnosis")
            .WithDescription("Returns the report of `triage explain --format json`: the diagnosis plus `fired` (every rule "
                + "firing in order with the facts it matched) and `rules` (rules that fired or nearly matched, with which "
                + "conditions held and the question for each missing one).");
        return group;
    }

    // The report is Core's dictionary, written as the CLI writes it; its shape is declared above with Produces<T>.
    private static Task<IResult> DiagnoseAsync(HttpRequest request, TriageService triage, CancellationToken cancellationToken) =>
        RunAsync(request, triage.DiagnoseAsync, cancellationToken);

    private static Task<IResult> ExplainAsync(HttpRequest request, TriageService triage, CancellationToken cancellationToken) =>
        RunAsync(request, triage.ExplainAsync, cancellationToken);

    private static async Task<IResult> RunAsync(
        HttpRequest request,
        Func<TicketRequest, CancellationToken, Task<(object? Model, TicketProblem? Problem)>> run,
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

    private static IResult ToResult(TicketProblem problem) =>
        problem.Errors is { } errors
            ? TypedResults.ValidationProblem(errors, problem.Detail, title: problem.Title)
            : TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
}
