namespace RulesEngine.Core;

/// <summary>Options of one diagnosis.</summary>
/// <param name="Now">The time the ticket is judged at (certificate expiry, template dates); null means the current time.
/// Fix it for reproducible output.</param>
public sealed record DiagnoseOptions(DateTimeOffset? Now = null);
