using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RulesEngine.Server.OpenApi;

/// <summary>Marks the server's own records <c>additionalProperties: false</c>: their JSON has exactly the properties
/// described (the ticket reader rejects unknown ones too), so a client generator may rely on them, and the contract test
/// fails when a report grows a field the document does not describe. A record with extension data stays open.</summary>
internal sealed class ClosedSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is { Count: > 0 }
            && ContractTypes.IsOurs(type)
            && !type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Any(p => p.IsDefined(typeof(JsonExtensionDataAttribute))))
        {
            schema.AdditionalPropertiesAllowed = false;
        }

        return Task.CompletedTask;
    }
}
