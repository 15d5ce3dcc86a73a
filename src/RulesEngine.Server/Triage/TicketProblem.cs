namespace RulesEngine.Server.Triage;

/// <summary>Why a ticket was not diagnosed: an HTTP status with an RFC 9457 title and detail, and per-field errors
/// for a request that does not validate. The MCP tools report the same text as a tool error.</summary>
internal sealed record TicketProblem(int Status, string Title, string Detail, IDictionary<string, string[]>? Errors = null);
