using Microsoft.AspNetCore.Http.HttpResults;
using RulesEngine.Server.Knowledge;

namespace RulesEngine.Server.Health;

/// <summary><c>GET /health/live</c> (the process answers) and <c>GET /health/ready</c> (a knowledge base is loaded).</summary>
internal static class HealthApi
{
    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new { status = "live" }))
            .WithSummary("Liveness: the process answers");
        group.MapGet("/ready", Ready)
            .WithSummary("Readiness: a knowledge base is loaded")
            .WithDescription("200 while a knowledge base is served, else 503. Reports the revision and the errors (file, line, "
                + "column) of the last load: after an edit that does not validate, the last good knowledge base keeps serving "
                + "and the errors say why the edit is not live.");
        return group;
    }

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
