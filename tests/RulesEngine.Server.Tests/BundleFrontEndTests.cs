using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RulesEngine.Core.Tests.Bundles;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary><c>triage serve</c> and <c>triage mcp</c> as processes, each given <c>--bundle FILE --trusted-key PUB</c>.</summary>
public sealed class BundleFrontEndTests : IDisposable
{
    private readonly BundleWorkshop _shop = new();

    [Fact]
    public async Task Mcp_FromABundle_DiagnosesWithItsKnowledge()
    {
        var bundle = _shop.Pack(revision: 4);
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "triage",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "mcp", "--bundle", bundle, "--trusted-key", _shop.TrustedKey],
        });
        await using var client = await McpClient.CreateAsync(transport);

        var result = await client.CallToolAsync("diagnose", new Dictionary<string, object?> { ["inputs"] = new[] { new { name = "t.txt", content = "HTTP 401 Unauthorized" } } });

        Assert.NotEqual(true, result.IsError);
        var text = Assert.IsType<TextContentBlock>(result.Content[0]).Text;
        using var report = JsonDocument.Parse(text);
        Assert.Equal("a1", report.RootElement.GetProperty("findings")[0].GetProperty("article").GetString());
    }

    [Fact]
    public async Task Serve_FromABundle_ReadyWithTheBundlesRevision()
    {
        var bundle = _shop.Pack(revision: 9);
        var port = FreePort();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--bundle", bundle, "--trusted-key", _shop.TrustedKey])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            JsonElement ready = default;
            await RunningServer.WaitUntilAsync(async () =>
            {
                try
                {
                    using var response = await client.GetAsync("health/ready");
                    ready = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "triage serve to be ready");

            Assert.Equal(9, ready.GetProperty("bundle").GetProperty("revision").GetInt64());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => _shop.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
