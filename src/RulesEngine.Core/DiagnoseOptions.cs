using RulesEngine.Core.Extraction;

namespace RulesEngine.Core;

/// <summary>Options of one diagnosis, its budgets among them.</summary>
/// <param name="Now">The time the ticket is judged at (certificate expiry, template dates); null means the current time.
/// Fix it for reproducible output.</param>
/// <param name="MaxInputLength">Largest input accepted, in characters.</param>
/// <param name="MaxTicketLength">Largest sum of all inputs, in characters.</param>
/// <param name="MaxFactsPerKind">Most distinct facts of one kind the rules see; the rest are cut and the diagnosis says so.</param>
/// <param name="Timeout">Longest a diagnosis may run (extraction, rules and rendering); null means <see cref="DefaultTimeout"/>.
/// Past it the diagnosis stops with a <see cref="DiagnosisTimeoutException"/>.</param>
public sealed record DiagnoseOptions(
    DateTimeOffset? Now = null,
    long MaxInputLength = ExtractionOptions.DefaultMaxInputLength,
    long MaxTicketLength = ExtractionOptions.DefaultMaxTicketLength,
    int MaxFactsPerKind = ExtractionOptions.DefaultMaxFactsPerKind,
    TimeSpan? Timeout = null)
{
    /// <summary>60 seconds: a 50 MB log is diagnosed in a few.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Most inputs one ticket may have (<see cref="ExtractionOptions.DefaultMaxInputs"/> unless set).</summary>
    public int MaxInputs { get; init; } = ExtractionOptions.DefaultMaxInputs;

    /// <summary>The customer's answers to the questions with an id, by question id; each becomes an <c>answer</c> fact.
    /// Check them first with <see cref="KnowledgeBase.CheckAnswers"/>: an answer it refuses makes the diagnosis throw.</summary>
    public System.Collections.Frozen.FrozenDictionary<string, string> Answers { get; init; } = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;

    /// <summary>The time budget in force.</summary>
    public TimeSpan TimeBudget => Timeout ?? DefaultTimeout;
}
