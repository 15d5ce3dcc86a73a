using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using RulesEngine.Core;
using RulesEngine.Core.Batch;
using RulesEngine.Server.OpenApi;

namespace RulesEngine.Server.Triage;

/// <summary><c>POST /v1/diagnose/batch</c>: NDJSON in (one ticket a line, as <c>triage batch</c> reads), NDJSON out,
/// streamed: one result line per input line, in order, each flushed as it is made — the same report objects and error
/// objects as the CLI, under the server's limits.</summary>
internal static class BatchApi
{
    public const string NdJson = "application/x-ndjson";

    /// <summary>The example body of the OpenAPI document: two tickets, one a line.</summary>
    public const string Example = """
        {"id":"t-1","inputs":[{"name":"ticket.txt","content":"HTTP 401 Unauthorized from our Cloud Integration tenant"}],"now":"2026-11-28T10:30:00Z"}
        {"id":"t-2","inputs":[{"name":"ticket.txt","base64":"aGVsbG8sIGl0IGRvZXMgbm90IHdvcms="}]}

        """;

    public static IEndpointConventionBuilder MapBatch(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/v1/diagnose").WithTags("Triage").RequireApiKey()
            .MapPost("/batch", RunAsync)
            .WithName("diagnoseBatch")
            .Accepts<string>(NdJson)
            .WithRequestExample(NdJson, Example)
            .Produces<string>(StatusCodes.Status200OK, NdJson)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            // A batch runs as long as its tickets do; each ticket has its own budget (Triage:RequestTimeoutSeconds).
            .DisableRequestTimeout()
            .WithSummary("Diagnose a batch of tickets")
            .WithDescription("Body: NDJSON, one ticket a line ({\"id\", \"inputs\": [{\"name\", \"content\" | \"base64\"}], \"now\"}). "
                + "Response: NDJSON streamed in input order, one line per input line: {\"line\", \"id\", \"report\"} with the report "
                + "of /v1/diagnose (without `answer`), or {\"line\", \"id\", \"error\": {\"kind\", \"message\", \"column\"}}.");

    private static async Task<IResult> RunAsync(HttpContext context, TriageService triage, IOptions<ServerOptions> options, CancellationToken cancellationToken)
    {
        if (context.Request.ContentType?.StartsWith(NdJson, StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem($"send the tickets as {NdJson}, one JSON ticket a line", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body is not NDJSON");
        }

        var (knowledgeBase, problem) = await triage.KnowledgeBaseAsync(cancellationToken).ConfigureAwait(false);
        if (knowledgeBase is null)
        {
            return TypedResults.Problem(problem!.Detail, statusCode: problem.Status, title: problem.Title);
        }

        var settings = options.Value;
        var diagnose = new DiagnoseOptions(null, settings.MaxInputCharacters, settings.MaxTicketCharacters, Timeout: TimeSpan.FromSeconds(settings.RequestTimeoutSeconds))
        {
            MaxInputs = settings.MaxInputs,
        };

        // The batch reader reads lines as they arrive; Kestrel allows that blocking read only when asked.
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        context.Response.ContentType = NdJson;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        foreach (var result in BatchRunner.Run(knowledgeBase, reader, new BatchOptions(diagnose, (settings.MaxTicketCharacters * 2) + 1_048_576, Environment.ProcessorCount), cancellationToken))
        {
            await context.Response.WriteAsync(result.Json + "\n", cancellationToken).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Empty;
    }
}
