using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RulesEngine.Server.OpenApi;

/// <summary>The document's title, description, tags and the two ways of sending an API key.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "apiKey";
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "triage API",
            Version = "v1",
            Description = "Diagnoses support tickets against a knowledge base of known causes. Every endpoint but /health needs an "
                + "API key (header X-Api-Key, or Authorization: Bearer KEY); a server without configured keys answers loopback "
                + "clients only. Errors are RFC 9457 problem details (application/problem+json).",
        };
        // The generator writes the request's base address with a trailing slash, which joins to paths as "//v1/...".
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Triage", Description = "Diagnose and explain tickets, one at a time or as an NDJSON batch." },
            new() { Name = "Articles", Description = "The knowledge base's articles (known causes) and the rules that conclude them." },
            new() { Name = "Health", Description = "Liveness and readiness probes; open, without a key." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key whose SHA-256 is listed in Triage:ApiKeyHashes.",
            },
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The same API key as a bearer token: Authorization: Bearer KEY.",
            },
        };
        return Task.CompletedTask;
    }
}
