using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace RulesEngine.Server.Mcp;

/// <summary>A call-tool filter. Before a tool runs, its arguments are checked against the tool's input schema, so a
/// missing or mistyped argument is an <c>isError</c> result naming the argument and the reason; the SDK would otherwise
/// fail while binding ("An error occurred invoking 'diagnose'") and log the stack trace. A tool that still throws is
/// turned into an error result the same way, logged in one line without the exception's text.</summary>
internal static partial class ToolArgumentGuard
{
    // One compiled schema per tool; the tools do not change while the server runs.
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            var name = context.Params?.Name ?? "";
            if (context.MatchedPrimitive is McpServerTool tool && Check(tool.ProtocolTool, context.Params?.Arguments) is { } problem)
            {
                return ToolResults.Error($"invalid arguments for '{name}': {problem}");
            }

            try
            {
                return await next(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not McpProtocolException)
            {
                var logger = context.Services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(ToolArgumentGuard));
                if (logger is not null)
                {
                    LogFailure(logger, name, ex.GetType().FullName ?? "exception");
                }

                return ToolResults.Error($"'{name}' failed: internal error ({ex.GetType().Name}); please report it");
            }
        };

    /// <summary>Why <paramref name="arguments"/> do not fit the tool's input schema (each argument by its path), or null.</summary>
    public static string? Check(Tool tool, IDictionary<string, JsonElement>? arguments)
    {
        var given = arguments ?? new Dictionary<string, JsonElement>();
        var schema = Schemas.GetOrAdd(tool.Name, _ => JsonSchema.FromText(tool.InputSchema.GetRawText()));
        var known = tool.InputSchema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var problems = given.Keys.Where(k => !known.Contains(k))
            .Select(k => $"{k}: unknown argument (the arguments are {(known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal)))})")
            .ToList();
        // A missing top-level argument is named with what it is for; the schema's own message says only "Required properties".
        if (tool.InputSchema.TryGetProperty("required", out var required))
        {
            problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !given.ContainsKey(r))
                .Select(r => $"{r}: missing; it is required ({Description(properties, r)})"));
        }

        var results = schema.Evaluate(JsonSerializer.SerializeToElement(given), Evaluation);
        if (!results.IsValid)
        {
            problems.AddRange((results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!
                    .Where(e => !(e.Key == "required" && d.InstanceLocation.ToString().Length == 0))
                    .Select(e => $"{Path(d.InstanceLocation.ToString())}: {e.Value}"))
                .Distinct(StringComparer.Ordinal));
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string Description(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property) && property.TryGetProperty("description", out var description)
            ? description.GetString() ?? name
            : name;

    // "/inputs/0/name" reads as "inputs[0].name"; the root is the arguments object itself.
    private static string Path(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "arguments";
        }

        var parts = pointer.TrimStart('/').Split('/');
        return string.Concat(parts.Select((p, i) => int.TryParse(p, out _) ? $"[{p}]" : i == 0 ? p : "." + p));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MCP tool '{Tool}' failed with {Exception}")]
    private static partial void LogFailure(ILogger logger, string tool, string exception);
}
