using System.Text.Encodings.Web;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Mcp;

/// <summary>Tool results: the JSON as <c>structuredContent</c> (described by the tool's <c>outputSchema</c>) and the same
/// JSON as text for clients older than structured content; errors as <c>isError</c> results, which the SDK does not log
/// (an exception would be logged with its stack trace).</summary>
internal static class ToolResults
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static CallToolResult Success(object value)
    {
        var element = JsonSerializer.SerializeToElement(value, Json);
        return new CallToolResult
        {
            StructuredContent = element,
            Content = [new TextContentBlock { Text = JsonSerializer.Serialize(element, Json) }],
        };
    }

    public static CallToolResult From((object? Model, TicketProblem? Problem) outcome) =>
        outcome.Model is not null ? Success(outcome.Model) : Error(outcome.Problem!);

    public static CallToolResult Error(TicketProblem problem) => Error(problem.Errors is { } errors
        ? $"{problem.Title}: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}"
        : $"{problem.Title}: {problem.Detail}");

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };
}
