namespace RulesEngine.Server.Health;

/// <summary>The body of <c>GET /health/ready</c>.</summary>
/// <param name="Status"><c>ready</c> (a knowledge base is being served) or <c>not-ready</c>.</param>
/// <param name="Revision">The revision being served, or null.</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="AttemptedAt">When the last load finished, successful or not.</param>
/// <param name="Reloads">How many loads succeeded since start.</param>
/// <param name="Errors">The errors of the last load: empty when it succeeded; otherwise why the last edit, or the last
/// bundle, is not served (a refused bundle's code is RE4xxx).</param>
/// <param name="Bundle">The bundle being served; null when the knowledge base comes from folders.</param>
internal sealed record Readiness(
    string Status,
    string? Revision,
    DateTimeOffset? LoadedAt,
    DateTimeOffset? AttemptedAt,
    int Reloads,
    IReadOnlyList<LoadError> Errors,
    BundleReadiness? Bundle);

/// <summary>The bundle a server serves, as its signed manifest says.</summary>
/// <param name="Revision">Its release number.</param>
/// <param name="KeyId">The key that signed it.</param>
/// <param name="CreatedAt">When it was packed.</param>
/// <param name="ExpiresAt">When it stops being accepted; null: never.</param>
internal sealed record BundleReadiness(long Revision, string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
