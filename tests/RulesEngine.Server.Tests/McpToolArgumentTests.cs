using ModelContextProtocol.Protocol;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>Missing, mistyped or unknown tool arguments give a tool error (isError) that names the argument and says
/// why, and the server logs no stack trace for them.</summary>
public sealed class McpToolArgumentTests : IAsyncLifetime
{
    private RunningServer? _server;

    public static TheoryData<string, string, string> BadCalls() => new()
    {
        { "diagnose", "{}", "inputs: missing; it is required (The ticket's inputs" },
        { "diagnose", """{"input":[{"name":"a","content":"b"}]}""", "input: unknown argument (the arguments are answers, inputs, now)" },
        { "diagnose", """{"inputs":"ticket text"}""", "inputs: Value is \"string\" but should be \"array\"" },
        { "diagnose", """{"inputs":[{"name":1,"content":"b"}]}""", "inputs[0].name: Value is \"integer\" but should be \"string\"" },
        { "diagnose", """{"inputs":[{"name":"a"}]}""", "inputs[0]: Required properties [\"content\"] are not present" },
        { "explain", """{"inputs":[{"name":"a","content":"b"}],"now":"yesterday"}""", "now: Value does not match format \"date-time\"" },
        { "get_article", "{}", "id: missing; it is required" },
        { "diagnose", """{"inputs":[]}""", "inputs: send at least one input" },
        { "get_article", """{"id":"nope"}""", "id: no article 'nope'" },
    };

    private RunningServer Server => _server!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task CallTool_BadArguments_IsAToolErrorNamingTheArgumentWithoutAStackTrace(string tool, string arguments, string expected)
    {
        await using var client = await McpConnection.ConnectAsync(Server);

        var result = await client.CallToolAsync(tool, McpStructuredContentTests.Arguments(arguments));

        Assert.True(result.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred invoking", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }
}
