namespace RulesEngine.Server.Health;

/// <summary>The body of <c>GET /health/ready</c>.</summary>
/// <param name="Status"><c>ready</c> (a knowledge base is being served) or <c>not-ready</c>.</param>
/// <param name="Revision">The revision being served, or null.</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="AttemptedAt">When the last load finished, successful or not.</param>
/// <param name="Reloads">How many loads succeeded since start.</param>
/// <param name="Errors">The errors of the last load: empty when it succeeded; otherwise why the last edit is not served.</param>
internal sealed record Readiness(
    string Status,
    string? Revision,
    DateTimeOffset? LoadedAt,
    DateTimeOffset? AttemptedAt,
    int Reloads,
    IReadOnlyList<LoadError> Errors);
