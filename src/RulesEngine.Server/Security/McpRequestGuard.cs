using Microsoft.Extensions.Options;

namespace RulesEngine.Server.Security;

/// <summary>Checks the Host and Origin headers of requests to <c>/mcp</c> against allow-lists (the MCP SDK does not),
/// so a web page cannot reach a local server through DNS rebinding. Without configuration only loopback names pass;
/// a request without Origin (not sent by a browser) passes the Origin check.</summary>
internal sealed class McpRequestGuard
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];
    private readonly RequestDelegate _next;
    private readonly HashSet<string> _hosts;
    private readonly HashSet<string> _origins;

    public McpRequestGuard(RequestDelegate next, IOptions<ServerOptions> options)
    {
        _next = next;
        var configured = options.Value;
        _hosts = new HashSet<string>(configured.AllowedHosts.Count > 0 ? configured.AllowedHosts : LoopbackHosts, StringComparer.OrdinalIgnoreCase);
        _origins = new HashSet<string>(configured.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/mcp"))
        {
            return _next(context);
        }

        if (!_hosts.Contains(context.Request.Host.Host))
        {
            return Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Host not allowed",
                "this MCP endpoint answers only the host names in Triage:AllowedHosts");
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !OriginAllowed(origin))
        {
            return Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Origin not allowed",
                "this MCP endpoint answers only the origins in Triage:AllowedOrigins");
        }

        return _next(context);
    }

    private bool OriginAllowed(string origin)
    {
        if (_origins.Count > 0)
        {
            return _origins.Contains(origin.TrimEnd('/'));
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }
}
