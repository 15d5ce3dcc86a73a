namespace RulesEngine.Core.Batch;

/// <summary>Why one line of a batch gave no report: a stable kind, what to do, and where in the line when known.</summary>
/// <param name="Kind">empty-line, malformed-json, invalid-ticket, missing-id, duplicate-id, line-too-large, input-too-large, binary,
/// timed-out, fact-budget (more distinct facts than the budget: the report would be partial) or join-budget.</param>
/// <param name="Message">What is wrong and what to do, without any of the ticket's text.</param>
/// <param name="Column">The 1-based column (in UTF-8 bytes) where the line's JSON breaks, for malformed-json.</param>
internal sealed record BatchError(string Kind, string Message, long? Column = null);
