using System.Text.Json;
using ModelContextProtocol.Client;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>The chatbot's three turns through the MCP diagnose tool, with the official C# SDK's client, over streamable
/// HTTP and over stdio: the ticket makes 3474524 suspected with the open question wfs-trace-line; answering yes confirms
/// it, no excludes it and the next causes come. The answers travel in the tool's 'answers' argument and the results
/// are read from structuredContent.</summary>
public sealed class McpConversationTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    [Fact]
    public async Task Diagnose_ThreeTurnsOverHttp_SuspectedThenConfirmedOrExcluded()
    {
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(fixture.Server.Address, "mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
        }));

        await AssertConversationAsync(client);
    }

    [Fact]
    public async Task Diagnose_ThreeTurnsOverStdio_SuspectedThenConfirmedOrExcluded()
    {
        await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "triage",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "mcp"],
        }));

        await AssertConversationAsync(client);
    }

    [Fact]
    public async Task Diagnose_AnswerToAnUnknownQuestion_ToolErrorNamingIt()
    {
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(fixture.Server.Address, "mcp"), TransportMode = HttpTransportMode.StreamableHttp }));

        var result = await client.CallToolAsync("diagnose", Arguments(new() { ["wfs-trace-lin"] = "yes" }));

        Assert.True(result.IsError);
        var text = Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(result.Content[0]).Text;
        Assert.Contains("wfs-trace-lin", text, StringComparison.Ordinal);
    }

    private static async Task AssertConversationAsync(McpClient client)
    {
        // Turn 1: suspected, with the question's id, type and options.
        var turn1 = await CallAsync(client, null);
        Assert.Equal(("3474524", "suspected"), Top(turn1));
        var question = turn1.GetProperty("open_questions")[0];
        Assert.Equal(("wfs-trace-line", "yes-no"), (question.GetProperty("id").GetString(), question.GetProperty("answer").GetString()));

        // Turn 2a: yes confirms it; the answer is evidence.
        var yes = await CallAsync(client, new() { ["wfs-trace-line"] = "yes" });
        Assert.Equal(("3474524", "confirmed"), Top(yes));
        Assert.Contains(yes.GetProperty("findings")[0].GetProperty("evidence").EnumerateArray(), e => e.GetProperty("input").GetString() == "answers");
        Assert.Contains("confirmed", yes.GetProperty("answer").GetString(), StringComparison.Ordinal);

        // Turn 2b: no excludes it; the inbound 401 family's other causes come next.
        var no = await CallAsync(client, new() { ["wfs-trace-line"] = "no" });
        var findings = no.GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(findings, f => f.GetProperty("article").GetString() == "3474524");
        Assert.Contains(findings, f => f.GetProperty("article").GetString() == "3224701");
    }

    private static async Task<JsonElement> CallAsync(McpClient client, Dictionary<string, string>? answers)
    {
        var result = await client.CallToolAsync("diagnose", Arguments(answers));
        Assert.NotEqual(true, result.IsError);
        return Assert.IsType<JsonElement>(result.StructuredContent);
    }

    private static Dictionary<string, object?> Arguments(Dictionary<string, string>? answers)
    {
        var arguments = new Dictionary<string, object?> { ["inputs"] = SeedTicket.Inputs("ticket.txt"), ["now"] = "2026-11-28T10:30:00Z" };
        if (answers is not null)
        {
            arguments["answers"] = answers;
        }

        return arguments;
    }

    private static (string?, string?) Top(JsonElement report) =>
        (report.GetProperty("findings")[0].GetProperty("article").GetString(), report.GetProperty("findings")[0].GetProperty("status").GetString());
}
