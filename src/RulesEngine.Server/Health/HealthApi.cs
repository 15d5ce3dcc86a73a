using Microsoft.AspNetCore.Http.HttpResults;
using RulesEngine.Server.Knowledge;

namespace RulesEngine.Server.Health;

/// <summary><c>GET /health/live</c> (the process answers) and <c>GET /health/ready</c> (a knowledge base is loaded), each
/// also as <c>HEAD</c>: load balancers and uptime checkers probe with HEAD and want the status without the body.</summary>
internal static class HealthApi
{
    private const string ReadyDescription = "200 while a knowledge base is served, else 503. Reports the revision and the errors (file, line, "
        + "column) of the last load: after an edit that does not validate, the last good knowledge base keeps serving "
        + "and the errors say why the edit is not live.";

    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health");
        group.MapGetAndHead("/live", Live, "Live", "Liveness: the process answers", "Always 200 while the process runs.");
        group.MapGetAndHead("/ready", Ready, "Ready", "Readiness: a knowledge base is loaded", ReadyDescription)
            .Produces<Readiness>(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    // GET and HEAD are two endpoints, not one MapMethods: each OpenAPI operation needs its own operationId.
    // Kestrel sends a HEAD response's status and headers and drops its body.
    private static RouteHandlerBuilder MapGetAndHead(this RouteGroupBuilder group, string pattern, Delegate handler, string name, string summary, string description)
    {
        var get = group.MapGet(pattern, handler).WithName($"get{name}").WithSummary(summary).WithDescription(description);
        var head = group.MapMethods(pattern, [HttpMethods.Head], handler).WithName($"head{name}").WithSummary(summary + " (status only)").WithDescription(description);
        return new RouteHandlerBuilder([get, head]);
    }

    private static Ok<LiveStatus> Live() => TypedResults.Ok(new LiveStatus("live"));

    private static Results<Ok<Readiness>, JsonHttpResult<Readiness>> Ready(KnowledgeBaseHost host)
    {
        var state = host.State;
        var readiness = new Readiness(
            state.KnowledgeBase is null ? "not-ready" : "ready",
            state.KnowledgeBase?.Revision,
            state.LoadedAt,
            state.AttemptedAt,
            state.Loads,
            [.. state.Errors.Select(LoadError.From)],
            state.Bundle is { } bundle ? new BundleReadiness(bundle.Revision, bundle.KeyId, bundle.CreatedAt, bundle.ExpiresAt) : null);
        return state.KnowledgeBase is null
            ? TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(readiness);
    }
}
