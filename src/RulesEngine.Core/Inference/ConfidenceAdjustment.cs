namespace RulesEngine.Core.Inference;

/// <summary>Why a finding's confidence was lowered below its rule's: the ticket's context weakens the evidence.</summary>
/// <param name="Reason">A stable code: <c>quoted-history</c> or <c>reported-resolved</c>.</param>
/// <param name="Factor">What the confidence was multiplied by.</param>
/// <param name="Note">The reason, for people.</param>
public sealed record ConfidenceAdjustment(string Reason, double Factor, string Note)
{
    /// <summary>Every fact of the finding is in quoted mail history: an older message of a forwarded thread.</summary>
    public static ConfidenceAdjustment QuotedHistory { get; } = new(
        "quoted-history", 0.8, "all of its evidence is in quoted mail history (an older message of the thread)");

    /// <summary>The newest message says the error is gone.</summary>
    public static ConfidenceAdjustment ReportedResolved { get; } = new(
        "reported-resolved", 0.5, "the newest message says the error is resolved");
}
