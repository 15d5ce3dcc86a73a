using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RulesEngine.Server.OpenApi;

/// <summary>Per operation: the security requirement (either key scheme, or explicitly none for the open probes), the
/// Retry-After header of a 429, and the request example.</summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        // An empty list says "no key needed" explicitly; a missing one would mean "whatever the document's default is".
        operation.Security = metadata.OfType<ApiKeyRequired>().Any()
            ?
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.ApiKeyScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.BearerScheme, context.Document)] = [] },
            ]
            : [];

        if (operation.Responses?.TryGetValue("429", out var tooMany) == true && tooMany is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds until the client's rate-limit window has room again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }

        foreach (var example in metadata.OfType<RequestExample>())
        {
            if (operation.RequestBody?.Content?.TryGetValue(example.ContentType, out var media) == true && media is OpenApiMediaType body)
            {
                // NDJSON is not one JSON value: it is shown as the text sent.
                var isJson = example.ContentType is "application/json" || example.ContentType.EndsWith("+json", StringComparison.Ordinal);
                body.Example = isJson ? JsonNode.Parse(example.Body) : JsonValue.Create(example.Body);
            }
        }

        return Task.CompletedTask;
    }
}
