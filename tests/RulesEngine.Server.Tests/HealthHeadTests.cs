using System.Net;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>Load balancers and uptime checkers probe with HEAD: it answers like GET, without a body.</summary>
public sealed class HealthHeadTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private RunningServer Server => fixture.Server;

    [Theory]
    [InlineData("health/live")]
    [InlineData("health/ready")]
    public async Task Head_HealthEndpoint_Is200WithoutABody(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        using var response = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_ReadyWithoutAKnowledgeBase_Is503()
    {
        // No rules folder: no knowledge base is ever served.
        var missing = Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N"));
        await using var server = await RunningServer.StartAsync(missing, null, waitUntilReady: false);
        using var request = new HttpRequestMessage(HttpMethod.Head, "health/ready");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
