namespace RulesEngine.Server.OpenApi;

/// <summary>Endpoint metadata: the endpoint answers only with an API key (or, with none configured, on loopback), as
/// <see cref="Security.ApiKeyMiddleware"/> enforces by path; the OpenAPI document then names the security schemes.</summary>
internal sealed class ApiKeyRequired
{
    public static ApiKeyRequired Instance { get; } = new();

    private ApiKeyRequired()
    {
    }
}
