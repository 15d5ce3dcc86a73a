using System.Net;
using System.Text;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

public sealed class McpHttpTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""";

    private RunningServer Server => fixture.Server;

    [Fact]
    public async Task Tools_OverStreamableHttp_AreReadOnlyClosedWorldWithDescriptions()
    {
        await using var client = await ConnectAsync();

        var tools = await client.ListToolsAsync();

        Assert.Equal(["diagnose", "explain", "get_article", "list_articles"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, tool =>
        {
            var annotations = tool.ProtocolTool.Annotations!;
            Assert.True(annotations.ReadOnlyHint, tool.Name);
            Assert.False(annotations.DestructiveHint, tool.Name);
            Assert.False(annotations.OpenWorldHint, tool.Name);
            Assert.True(tool.Description.Length > 100, tool.Name);
        });
    }

    [Fact]
    public async Task Diagnose_SeedTicketOverHttp_Finds3474524()
    {
        await using var client = await ConnectAsync();

        var result = await client.CallToolAsync("diagnose", new Dictionary<string, object?> { ["inputs"] = SeedTicket.Inputs() });

        Assert.NotEqual(true, result.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains("\"article\": \"3474524\"", text, StringComparison.Ordinal);
        Assert.Contains("**Likely cause:**", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SeedTicket.ClientSecret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleTools_OverHttp_ListAndGet()
    {
        await using var client = await ConnectAsync();

        var list = await client.CallToolAsync("list_articles", new Dictionary<string, object?>());
        var article = await client.CallToolAsync("get_article", new Dictionary<string, object?> { ["id"] = "3474524" });
        var missing = await client.CallToolAsync("get_article", new Dictionary<string, object?> { ["id"] = "nope" });

        Assert.Contains("3474524", ((TextContentBlock)list.Content[0]).Text, StringComparison.Ordinal);
        Assert.Contains("wfs-client-certificate", ((TextContentBlock)article.Content[0]).Text, StringComparison.Ordinal);
        Assert.True(missing.IsError);
        Assert.Contains("list_articles", ((TextContentBlock)missing.Content[0]).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://localhost.evil.example:5080")]
    [InlineData("null")]
    public async Task Mcp_ForeignOrigin_Is403(string origin)
    {
        var response = await PostRawAsync(request => request.Headers.Add("Origin", origin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Mcp_ForeignHost_Is403()
    {
        var response = await PostRawAsync(request => request.Headers.Host = "evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Mcp_LoopbackOrigin_IsServed()
    {
        var response = await PostRawAsync(request => request.Headers.Add("Origin", "http://localhost:3000"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<McpClient> ConnectAsync() => await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
    {
        Endpoint = new Uri(Server.Address, "mcp"),
        TransportMode = HttpTransportMode.StreamableHttp,
    }));

    private async Task<HttpResponseMessage> PostRawAsync(Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "mcp") { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        configure(request);
        return await Server.Client.SendAsync(request);
    }
}
