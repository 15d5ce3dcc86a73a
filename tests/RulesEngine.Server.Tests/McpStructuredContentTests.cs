using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>Each tool answers <c>structuredContent</c> that validates against the <c>outputSchema</c> it advertises
/// (closed: an undescribed field fails), and the same JSON as text for older clients.</summary>
public sealed class McpStructuredContentTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    public static TheoryData<string, string> Calls() => new()
    {
        { "diagnose", JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs(), now = "2026-11-28T10:30:00Z" }) },
        { "diagnose", JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs("ticket.txt") }) },
        { "diagnose", """{"inputs":[{"name":"ticket.txt","content":"Our WMS calls https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wms/orders and gets HTTP 401 Unauthorized."}]}""" },
        { "explain", JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs() }) },
        { "list_articles", "{}" },
        { "get_article", """{"id":"3474524"}""" },
    };

    [Fact]
    public async Task ListTools_EachTool_HasAClosedObjectOutputSchema()
    {
        await using var client = await McpConnection.ConnectAsync(fixture.Server);

        var tools = await client.ListToolsAsync();

        Assert.All(tools, tool =>
        {
            var schema = tool.ProtocolTool.OutputSchema;
            Assert.True(schema is { ValueKind: JsonValueKind.Object }, tool.Name);
            Assert.Equal("object", schema!.Value.GetProperty("type").GetString());
            Assert.False(schema.Value.GetProperty("additionalProperties").GetBoolean(), tool.Name);
            Assert.NotEmpty(schema.Value.GetProperty("required").EnumerateArray());
        });
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task CallTool_StructuredContent_FitsTheOutputSchemaAndEqualsTheText(string tool, string arguments)
    {
        await using var client = await McpConnection.ConnectAsync(fixture.Server);
        var schema = await OutputSchemaAsync(client, tool);

        var result = await client.CallToolAsync(tool, Arguments(arguments));

        Assert.NotEqual(true, result.IsError);
        var structured = Assert.IsType<JsonElement>(result.StructuredContent);
        var errors = ServedOpenApi.Errors(schema, structured);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(structured.GetRawText())), "the text is not the structured content");
    }

    [Fact]
    public async Task OutputSchema_StructuredContentWithAnUndescribedFieldOrAWrongType_Fails()
    {
        // The validation above is only worth something if it rejects what does not fit.
        await using var client = await McpConnection.ConnectAsync(fixture.Server);
        var schema = await OutputSchemaAsync(client, "diagnose");
        var result = await client.CallToolAsync("diagnose", Arguments(JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs() })));
        var report = JsonNode.Parse(((JsonElement)result.StructuredContent!).GetRawText())!.AsObject();

        var extra = report.DeepClone().AsObject();
        extra["findings"]![0]!["evidence"]![0]!.AsObject()["undescribed"] = true;
        var wrong = report.DeepClone().AsObject();
        wrong["facts_total"] = "many";

        Assert.NotEmpty(ServedOpenApi.Errors(schema, JsonSerializer.SerializeToElement(extra)));
        Assert.NotEmpty(ServedOpenApi.Errors(schema, JsonSerializer.SerializeToElement(wrong)));
    }

    internal static Dictionary<string, object?> Arguments(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value);

    private static async Task<JsonSchema> OutputSchemaAsync(McpClient client, string tool) =>
        JsonSchema.FromText((await client.ListToolsAsync()).Single(t => t.Name == tool).ProtocolTool.OutputSchema!.Value.GetRawText());
}
