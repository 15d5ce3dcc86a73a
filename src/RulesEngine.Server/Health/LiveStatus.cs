namespace RulesEngine.Server.Health;

/// <summary>The body of <c>GET /health/live</c>.</summary>
/// <param name="Status">Always <c>live</c>.</param>
internal sealed record LiveStatus(string Status);
