using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary><c>POST /v1/diagnose/batch</c> on a real Kestrel server: NDJSON in, NDJSON streamed out, one line per input
/// line in order, each good line's report equal to /v1/diagnose's, bad lines as error objects.</summary>
public sealed class BatchApiTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private RunningServer Server => fixture.Server;

    [Fact]
    public async Task Batch_NdJson_OneStreamedResultPerLineInOrder()
    {
        var seed = JsonNode.Parse(SeedTicket.Body())!.AsObject();
        seed["id"] = "seed";
        var body = string.Join("\n", seed.ToJsonString(), "{\"id\": \"broken\"", JsonSerializer.Serialize(new { id = "seed", inputs = new[] { new { name = "t.txt", content = "x" } } }), JsonSerializer.Serialize(new { id = "quiet", inputs = new[] { new { name = "t.txt", content = "hello" } } })) + "\n";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        using var response = await Server.Client.PostAsync("v1/diagnose/batch", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal([(1, "seed", null), (2, null, "malformed-json"), (3, "seed", "duplicate-id"), (4, "quiet", null)],
            lines.Select(l => ((int)l["line"]!, (string?)l["id"], (string?)l["error"]?["kind"])));

        var (_, single) = await Server.PostAsync("v1/diagnose", SeedTicket.Body());
        var expected = JsonNode.Parse(single.GetRawText())!.AsObject();
        expected.Remove("answer");
        Assert.True(JsonNode.DeepEquals(expected, lines[0]["report"]), "the batch report differs from /v1/diagnose's");
        Assert.DoesNotContain(SeedTicket.ClientSecret, string.Concat(lines.Select(l => l.ToJsonString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_NotNdJson_Is415Problem()
    {
        using var response = await Server.Client.PostAsync("v1/diagnose/batch", RunningServer.Json("{}"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
