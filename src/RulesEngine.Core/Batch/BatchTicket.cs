namespace RulesEngine.Core.Batch;

/// <summary>One ticket of a batch, as its line gave it.</summary>
/// <param name="Line">The 1-based line of the batch input.</param>
/// <param name="Id">The ticket's id, unique in the batch.</param>
/// <param name="Inputs">Its inputs, decoded.</param>
/// <param name="Now">The time it is judged at, when the line says; else the batch's.</param>
/// <param name="Answers">The customer's answers by question id, as the line gives them (checked when diagnosed).</param>
internal sealed record BatchTicket(int Line, string Id, IReadOnlyList<TicketInput> Inputs, DateTimeOffset? Now, System.Collections.Frozen.FrozenDictionary<string, string> Answers);
