using ModelContextProtocol.Client;

namespace RulesEngine.Server.Tests.Support;

/// <summary>An official-SDK MCP client on a running server's streamable-HTTP endpoint.</summary>
internal static class McpConnection
{
    public static async Task<McpClient> ConnectAsync(RunningServer server) => await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
    {
        Endpoint = new Uri(server.Address, "mcp"),
        TransportMode = HttpTransportMode.StreamableHttp,
    }));
}
