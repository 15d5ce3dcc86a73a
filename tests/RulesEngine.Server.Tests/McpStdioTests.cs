using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>The built <c>triage mcp</c> process, driven by the SDK's stdio client.</summary>
public sealed class McpStdioTests
{
    [Fact]
    public async Task Diagnose_SeedTicketOverStdio_Finds3474524()
    {
        using var knowledge = new SeedKnowledgeBase();
        var stderr = new List<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "triage",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "mcp", "--rules", knowledge.Rules, "--kb", knowledge.Kb],
            StandardErrorLines = line => { lock (stderr) { stderr.Add(line); } },
        });
        await using var client = await McpClient.CreateAsync(transport);

        var tools = await client.ListToolsAsync();
        var result = await client.CallToolAsync("diagnose", new Dictionary<string, object?> { ["inputs"] = SeedTicket.Inputs(), ["now"] = "2026-11-28T10:30:00Z" });

        Assert.Equal(4, tools.Count);
        Assert.NotEqual(true, result.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains("\"article\": \"3474524\"", text, StringComparison.Ordinal);
        Assert.Contains("\"now\": \"2026-11-28T10:30:00+00:00\"", text, StringComparison.Ordinal);
        // The log went to stderr (stdout carries protocol messages only, or the client could not have parsed them).
        lock (stderr)
        {
            Assert.Contains(stderr, l => l.Contains("Knowledge base", StringComparison.Ordinal));
        }
    }
}
