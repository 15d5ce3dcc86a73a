namespace RulesEngine.Core.Extraction;

/// <summary>Limits and context of one extraction.</summary>
/// <param name="Now">The time the ticket is judged at (certificate expiry).</param>
/// <param name="MaxInputLength">Largest input accepted, in characters.</param>
/// <param name="MaxTicketLength">Largest sum of all inputs' lengths accepted, in characters.</param>
/// <param name="MaxFactsPerKind">Most distinct facts of one kind a ticket gives the rules (repeats folded first); the
/// rest are cut and reported as a <see cref="FactBudgetCut"/>.</param>
public sealed record ExtractionOptions(
    DateTimeOffset Now,
    long MaxInputLength = ExtractionOptions.DefaultMaxInputLength,
    long MaxTicketLength = ExtractionOptions.DefaultMaxTicketLength,
    int MaxFactsPerKind = ExtractionOptions.DefaultMaxFactsPerKind)
{
    /// <summary>256 inputs per ticket: a ticket with its attachments has a handful; a thousand files is a folder pasted by mistake.</summary>
    public const int DefaultMaxInputs = 256;

    /// <summary>Most inputs one ticket may have.</summary>
    public int MaxInputs { get; init; } = DefaultMaxInputs;

    /// <summary>64 Mi characters: a 50 MB log fits.</summary>
    public const long DefaultMaxInputLength = 64L * 1024 * 1024;

    /// <summary>128 Mi characters for all inputs together.</summary>
    public const long DefaultMaxTicketLength = 128L * 1024 * 1024;

    /// <summary>10,000 distinct facts per kind: a 50 MB log of mixed records has a few hundred distinct templates.</summary>
    public const int DefaultMaxFactsPerKind = 10_000;
}
