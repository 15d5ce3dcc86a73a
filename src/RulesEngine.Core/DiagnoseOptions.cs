using RulesEngine.Core.Extraction;

namespace RulesEngine.Core;

/// <summary>Options of one diagnosis.</summary>
/// <param name="Now">The time the ticket is judged at (certificate expiry, template dates); null means the current time.
/// Fix it for reproducible output.</param>
/// <param name="MaxInputLength">Largest input accepted, in characters.</param>
/// <param name="MaxTicketLength">Largest sum of all inputs, in characters.</param>
public sealed record DiagnoseOptions(
    DateTimeOffset? Now = null,
    long MaxInputLength = ExtractionOptions.DefaultMaxInputLength,
    long MaxTicketLength = ExtractionOptions.DefaultMaxTicketLength);
