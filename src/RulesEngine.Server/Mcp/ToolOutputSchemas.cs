using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

using RulesEngine.Server.OpenApi;

namespace RulesEngine.Server.Mcp;

/// <summary>A list-tools filter that advertises each tool's <c>outputSchema</c> closed, as the OpenAPI document is: the
/// server's records get <c>additionalProperties: false</c> (a record with extension data, a fact, stays open), so a
/// client may rely on the fields listed and a test fails when the structured content grows an undescribed one. The SDK
/// derives the same schema from <see cref="McpServerToolAttribute.OutputSchemaType"/>, only open.</summary>
internal static class ToolOutputSchemas
{
    private static readonly FrozenDictionary<string, JsonElement> ByTool = typeof(TriageTools).GetMethods()
        .Select(m => m.GetCustomAttribute<McpServerToolAttribute>())
        .Where(a => a is { Name: not null, OutputSchemaType: not null })
        .ToFrozenDictionary(a => a!.Name!, a => Closed(a!.OutputSchemaType!), StringComparer.Ordinal);

    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> Filter(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken).ConfigureAwait(false);
            foreach (var tool in result.Tools)
            {
                if (ByTool.TryGetValue(tool.Name, out var schema))
                {
                    tool.OutputSchema = schema;
                }
            }

            return result;
        };

    private static JsonElement Closed(Type type) => AIJsonUtilities.CreateJsonSchema(
        type,
        serializerOptions: McpJsonUtilities.DefaultOptions,
        inferenceOptions: new AIJsonSchemaCreateOptions
        {
            TransformSchemaNode = (context, node) =>
            {
                var nodeType = context.TypeInfo.Type;
                if (node is JsonObject schema && schema.ContainsKey("properties")
                    && ContractTypes.IsOurs(nodeType)
                    && !nodeType.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Any(p => p.IsDefined(typeof(JsonExtensionDataAttribute))))
                {
                    schema["additionalProperties"] = false;
                }

                return node;
            },
        });
}
