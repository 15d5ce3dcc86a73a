namespace RulesEngine.Server.Security;

/// <summary>Lets a request through when it carries a valid API key, or, with no key configured, when it arrived on
/// loopback. Everything else is a 401 problem. The health endpoints are open (probes carry no keys).</summary>
internal sealed class ApiKeyMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ApiKeys _keys;

    public ApiKeyMiddleware(RequestDelegate next, ApiKeys keys)
    {
        _next = next;
        _keys = keys;
    }

    /// <summary>The probes: open without a key and outside the rate limit. The OpenAPI document marks them
    /// <c>security: []</c> (their group has no <see cref="OpenApi.ApiConventions.RequireApiKey"/>).</summary>
    public static bool IsOpen(PathString path) => path.StartsWithSegments("/health");

    public Task InvokeAsync(HttpContext context)
    {
        if (IsOpen(context.Request.Path) || _keys.HasValidKey(context))
        {
            return _next(context);
        }

        if (!_keys.Configured && !ApiKeys.HasKey(context.Request) && ApiKeys.IsLoopback(context.Connection))
        {
            return _next(context);
        }

        var detail = _keys.Configured || ApiKeys.HasKey(context.Request)
            ? "send a valid API key in the X-Api-Key header (or Authorization: Bearer KEY)"
            : "this server answers only loopback clients until API keys are configured (Triage:ApiKeyHashes)";
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "An API key is required", detail);
    }
}
