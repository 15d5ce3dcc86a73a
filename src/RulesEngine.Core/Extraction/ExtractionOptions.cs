namespace RulesEngine.Core.Extraction;

/// <summary>Limits and context of one extraction.</summary>
/// <param name="Now">The time the ticket is judged at (certificate expiry).</param>
/// <param name="MaxInputLength">Largest input accepted, in characters.</param>
/// <param name="MaxTicketLength">Largest sum of all inputs' lengths accepted, in characters.</param>
public sealed record ExtractionOptions(DateTimeOffset Now, long MaxInputLength = ExtractionOptions.DefaultMaxInputLength, long MaxTicketLength = ExtractionOptions.DefaultMaxTicketLength)
{
    /// <summary>64 Mi characters: a 50 MB log fits.</summary>
    public const long DefaultMaxInputLength = 64L * 1024 * 1024;

    /// <summary>128 Mi characters for all inputs together.</summary>
    public const long DefaultMaxTicketLength = 128L * 1024 * 1024;
}
