using System.Net;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RulesEngine.Core.Tests.Redaction;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>The HTTP API and the MCP tools over a trace log and a ticket holding every family of the generated secret
/// corpus on 401 lines: no secret in any response body, nor in the server's log.</summary>
public sealed class SecretLeakApiTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private static readonly JsonSerializerOptions _unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private RunningServer Server => fixture.Server;

    private static object[] Inputs() =>
    [
        new { name = "trace.log", content = SecretShapes.TraceLog(SecretShapes.All) },
        new { name = "ticket.txt", content = SecretShapes.Ticket(SecretShapes.All) },
    ];

    [Theory]
    [InlineData("v1/diagnose")]
    [InlineData("v1/explain")]
    public async Task Post_EverySecretFamily_NoSecretInTheResponse(string path)
    {
        // Arrange
        var body = JsonSerializer.Serialize(new { inputs = Inputs(), now = "2026-11-28T10:30:00Z" });
        Assert.All(SecretShapes.All, s => Assert.Contains(JsonEncoded(s.Secret), body, StringComparison.Ordinal));

        // Act
        var (response, json) = await Server.PostAsync(path, body);

        // Assert: the secrets' lines come back masked (also in the chat answer), and no secret does.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Decoded(json);
        Assert.Contains("***", text, StringComparison.Ordinal);
        AssertNoSecret(text, path);
        AssertNoSecret(string.Join("\n", Server.Logs.Lines), "the server log");
    }

    [Theory]
    [InlineData("diagnose")]
    [InlineData("explain")]
    public async Task McpTool_EverySecretFamily_NoSecretInTheResult(string tool)
    {
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(Server.Address, "mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
        }));

        var result = await client.CallToolAsync(tool, new Dictionary<string, object?> { ["inputs"] = Inputs() });

        Assert.NotEqual(true, result.IsError);
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        Assert.Contains("***", text, StringComparison.Ordinal);
        AssertNoSecret(text, "the MCP " + tool + " tool");
    }

    // The response as one string with JSON escapes undone, so a secret with + or non-ASCII letters is found too.
    private static string Decoded(JsonElement json) => JsonSerializer.Serialize(json, _unescaped);

    private static string JsonEncoded(string value) => JsonSerializer.Serialize(value)[1..^1];

    private static void AssertNoSecret(string text, string where)
    {
        var leak = SecretShapes.FindLeak(text, SecretShapes.All);
        Assert.True(leak is null, $"The secret of {leak?.Shape} ({leak?.Marker}) appears in {where}:\n{SecretShapes.Around(text, leak?.Marker ?? "")}");
    }
}
