using Microsoft.Extensions.Options;
using RulesEngine.Server.Knowledge;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Mcp;

/// <summary><c>triage mcp</c>: the MCP tools over standard input and output for a local client. Standard output
/// carries only protocol messages; every log line goes to standard error.</summary>
internal static class McpStdioServer
{
    public static async Task<int> RunAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton<KnowledgeBaseHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KnowledgeBaseHost>());
        builder.Services.AddSingleton<TriageService>();
        builder.Services.AddMcpServer(McpServerSetup.Configure)
            .WithStdioServerTransport()
            .AddTriage();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
