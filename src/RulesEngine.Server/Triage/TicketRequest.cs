using System.ComponentModel;

namespace RulesEngine.Server.Triage;

/// <summary>The body of <c>POST /v1/diagnose</c> and <c>/v1/explain</c>: one ticket. Stateless: a follow-up turn sends
/// the earlier inputs plus the new one, and the answers to the questions with an id so far. The types say what a valid
/// request has (the OpenAPI document shows them); a body that lacks a field still reads, as null, so that the validator
/// can say which field is missing.</summary>
internal sealed record TicketRequest(
    [property: Description("The ticket's inputs: what the customer wrote, pasted logs, a service key, a certificate.")]
    IReadOnlyList<TicketRequestInput> Inputs,
    [property: Description("Judge the ticket at this time (ISO 8601) instead of now, for reproducible answers.")]
    DateTimeOffset? Now = null,
    [property: Description("The customer's answers to the report's open_questions, by question id: {\"wfs-trace-line\": \"yes\"}. A yes can confirm a cause, a no exclude it; an unknown id or a value the question does not take is a 400.")]
    IReadOnlyDictionary<string, string>? Answers = null);

/// <summary>One named input of a ticket.</summary>
internal sealed record TicketRequestInput(
    [property: Description("What the evidence calls the input, e.g. ticket.txt, trace.log, service-key.json.")]
    string Name,
    [property: Description("The input's text.")]
    string Content);
