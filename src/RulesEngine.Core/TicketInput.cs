namespace RulesEngine.Core;

/// <summary>One named input of a ticket: the ticket text, a log excerpt, a service key, a certificate file.</summary>
/// <param name="Name">What the evidence calls it (a file name, or <c>stdin</c>).</param>
/// <param name="Content">The text, already decoded.</param>
public sealed record TicketInput(string Name, string Content);
