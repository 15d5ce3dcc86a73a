using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>The official MCP TypeScript SDK (pinned in Node/package.json) lists the tools and resources over streamable
/// HTTP and calls diagnose; that SDK itself rejects structuredContent that does not fit the tool's outputSchema.</summary>
public sealed class McpTypeScriptClientTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    [SkippableFact]
    public async Task TypeScriptSdk_ListsToolsAndResourcesAndDiagnoses()
    {
        var (compiled, _, compileError) = await NodeTools.RunAsync("tsc", "-p", "tsconfig.mcp.json");
        Assert.True(compiled == 0, compileError);
        var seed = SeedTicket.AllFiles.Select(f => Path.Combine(RepositoryPaths.Samples, "seed", f));

        var (exit, output, error) = await NodeTools.RunAsync("node", ["out/client/mcp-smoke.js", new Uri(fixture.Server.Address, "mcp").ToString(), .. seed]);

        Assert.True(exit == 0, $"{output}\n{error}");
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.Equal(["diagnose", "explain", "get_article", "list_articles"], root.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(root.GetProperty("tools").EnumerateArray(), t => Assert.Equal("object", t.GetProperty("outputSchema").GetString()));
        Assert.False(root.GetProperty("isError").GetBoolean());
        Assert.Equal("3474524", root.GetProperty("topArticle").GetString());
        Assert.Contains("kb://articles/3474524", root.GetProperty("resources").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("application/json", root.GetProperty("articleMimeType").GetString());
    }
}
