using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>A client that can elicit (the official C# SDK's client over stdio, <c>triage mcp</c>) is asked the diagnose
/// tool's open question as a form: a yes comes back as the answer and the result is the confirmed diagnosis; a decline
/// leaves it suspected with the question open.</summary>
public sealed class McpElicitationTests
{
    [Fact]
    public async Task Diagnose_ClientAcceptsYes_AskedTheOpenQuestionAndConfirmed()
    {
        var asked = new List<ElicitRequestParams>();
        await using var client = await StartAsync(request =>
        {
            asked.Add(request);
            return new ElicitResult { Action = "accept", Content = new Dictionary<string, JsonElement> { ["answer"] = JsonSerializer.SerializeToElement("yes") } };
        });

        var report = await DiagnoseAsync(client);

        var question = Assert.Single(asked);
        Assert.Contains("Trace Log", question.Message, StringComparison.Ordinal);
        var field = Assert.IsType<ElicitRequestParams.UntitledSingleSelectEnumSchema>(question.RequestedSchema!.Properties["answer"]);
        Assert.Equal(["yes", "no"], field.Enum);
        Assert.Equal("confirmed", report.GetProperty("findings")[0].GetProperty("status").GetString());
        Assert.Contains(report.GetProperty("findings")[0].GetProperty("evidence").EnumerateArray(), e => e.GetProperty("input").GetString() == "answers");
    }

    [Fact]
    public async Task Diagnose_ClientDeclines_StaysSuspectedWithTheQuestionOpen()
    {
        await using var client = await StartAsync(_ => new ElicitResult { Action = "decline" });

        var report = await DiagnoseAsync(client);

        Assert.Equal("suspected", report.GetProperty("findings")[0].GetProperty("status").GetString());
        Assert.Equal("wfs-trace-line", report.GetProperty("open_questions")[0].GetProperty("id").GetString());
    }

    private static async Task<JsonElement> DiagnoseAsync(McpClient client)
    {
        var result = await client.CallToolAsync("diagnose", new Dictionary<string, object?> { ["inputs"] = SeedTicket.Inputs("ticket.txt"), ["now"] = "2026-11-28T10:30:00Z" });
        Assert.NotEqual(true, result.IsError);
        return Assert.IsType<JsonElement>(result.StructuredContent);
    }

    private static Task<McpClient> StartAsync(Func<ElicitRequestParams, ElicitResult> reply) => McpClient.CreateAsync(
        new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "triage",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "mcp"],
        }),
        new McpClientOptions
        {
            Handlers = new McpClientHandlers { ElicitationHandler = (request, _) => ValueTask.FromResult(reply(request!)) },
        });
}
