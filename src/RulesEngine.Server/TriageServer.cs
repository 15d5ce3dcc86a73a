using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using RulesEngine.Server.Articles;
using RulesEngine.Server.Health;
using RulesEngine.Server.Knowledge;
using RulesEngine.Server.Mcp;
using RulesEngine.Server.OpenApi;
using RulesEngine.Server.Security;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server;

/// <summary>The HTTP server (API, MCP over streamable HTTP, health, OpenAPI): composed here, run by
/// <c>dotnet run --project src/RulesEngine.Server</c> and by <c>triage serve</c> alike.</summary>
internal static class TriageServer
{
    /// <summary>Where the server listens when neither --urls nor ASPNETCORE_URLS nor Kestrel endpoints say.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the app from command-line arguments (<c>--urls</c>, <c>--rules</c>, <c>--kb</c>, <c>--Triage:NAME value</c>).
    /// <paramref name="configure"/> lets tests add settings or log providers before the app is built.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // --rules, --kb and --bundle are short for --Triage:Rules, --Triage:Kb and --Triage:Bundle, as in the CLI.
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--rules"] = "Triage:Rules", ["--kb"] = "Triage:Kb", ["--bundle"] = "Triage:Bundle" });
        configure?.Invoke(builder);
        // Without an address of its own, the server listens on loopback only; an address it has must be a usable one.
        if (!HasAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        else if (builder.Configuration["urls"] is { } urls)
        {
            ListenAddresses.Check(urls);
        }

        var section = builder.Configuration.GetSection(ServerOptions.Section);
        var settings = section.Get<ServerOptions>() ?? new ServerOptions();
        builder.Services.AddOptions<ServerOptions>().Bind(section);

        // Logs never carry request bodies: the framework and the MCP SDK (which traces raw messages) log warnings only.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        // A failed start (address in use) is reported in one line by RunAsync, not with the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);

        // Kestrel enforces the body limit (413); no Server header.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });

        // Errors are RFC 9457 problem details, never a stack trace.
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

        // JSON as the CLI writes it (readable quotes and apostrophes); OpenAPI at /openapi/v1.json.
        // Numbers are written as numbers only, so the document says "number", not "number or numeric string".
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
            o.AddSchemaTransformer<ClosedSchemaTransformer>();
        });

        // Time and rate limits per request and per client.
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddRateLimiter(o => ConfigureRateLimiting(o, settings));

        // The knowledge base, reloaded in the background; the one core call; API keys.
        builder.Services.AddSingleton<KnowledgeBaseHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KnowledgeBaseHost>());
        builder.Services.AddSingleton<TriageService>();
        builder.Services.AddSingleton<ApiKeys>();

        // MCP over streamable HTTP, stateless: any replica answers any call.
        builder.Services.AddMcpServer(McpServerSetup.Configure)
            .WithHttpTransport(o => o.Stateless = true)
            .AddTriage();

        var app = builder.Build();
        // A malformed key hash stops the start, not the first request.
        var keys = app.Services.GetRequiredService<ApiKeys>();
        app.Lifetime.ApplicationStarted.Register(() => WarnWhenOpen(app, keys));

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<McpRequestGuard>();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRequestTimeouts();

        app.MapOpenApi();
        app.MapHealth();
        app.MapTriage();
        app.MapBatch();
        app.MapArticles();
        // The streamable-HTTP stream of an MCP session may stay open longer than a request timeout.
        app.MapMcp("/mcp").DisableRequestTimeout().ExcludeFromDescription();
        return app;
    }

    /// <summary>Runs until Ctrl+C or SIGTERM. 0 on a normal stop; 2 when the settings or the address are unusable.</summary>
    /// <param name="error">Where the one-line reason of a failed start goes (default: standard error).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var app = Build(args);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or FormatException)
        {
            await (error ?? Console.Error).WriteLineAsync($"triage serve: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    private static void ConfigureRateLimiting(RateLimiterOptions options, ServerOptions settings)
    {
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.RateLimitWindowSeconds));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            ApiKeyMiddleware.IsOpen(context.Request.Path)
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.RequestServices.GetRequiredService<ApiKeys>().Client(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, settings.RateLimitPermits), Window = window, QueueLimit = 0 }));
        options.OnRejected = async (rejected, _) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
            rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await Problems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"at most {settings.RateLimitPermits} requests per {window.TotalSeconds:0} s per client; retry after the seconds in Retry-After").ConfigureAwait(false);
        };
    }

    private static bool HasAddress(ConfigurationManager configuration) =>
        configuration["urls"] is not null || configuration["http_ports"] is not null || configuration["https_ports"] is not null
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    private static void WarnWhenOpen(WebApplication app, ApiKeys keys)
    {
        var exposed = app.Urls.Where(url => !IsLoopbackUrl(url)).ToList();
        if (exposed.Count > 0 && !keys.Configured)
        {
            app.Logger.LogWarning("Listening on {Urls} without API keys: only loopback clients are answered until Triage:ApiKeyHashes is set", string.Join(", ", exposed));
        }
    }

    private static bool IsLoopbackUrl(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
