using System.Net;
using System.Text.Json;
using RulesEngine.Server.Security;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>Limits, keys and refusals, each on its own Kestrel server on loopback (the in-memory test host would skip
/// the body limit).</summary>
public sealed class NetworkSafetyTests
{
    [Fact]
    public async Task Diagnose_BodyOverTheLimit_Is413Problem()
    {
        await using var seed = await SeedServer.StartAsync(["--Triage:MaxRequestBodyBytes", "20000"]);
        var server = seed.Server;
        var body = JsonSerializer.Serialize(new { inputs = new[] { new { name = "trace.log", content = new string('x', 50_000) } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/diagnose") { Content = RunningServer.Json(body) };
        // Kestrel refuses before reading the body: the client waits for "100 Continue" instead of sending it.
        request.Headers.ExpectContinue = true;

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diagnose_InputOverTheCharacterLimit_Is413NamingTheInput()
    {
        await using var seed = await SeedServer.StartAsync(["--Triage:MaxInputCharacters", "1000"]);
        var server = seed.Server;
        var body = JsonSerializer.Serialize(new { inputs = new[] { new { name = "huge.log", content = new string('x', 2000) } } });

        var (response, problem) = await server.PostAsync("v1/diagnose", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("'huge.log'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("xxxxxxxx", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_OverTheRateLimit_Are429WithRetryAfter()
    {
        await using var seed = await SeedServer.StartAsync(["--Triage:RateLimitPermits", "3", "--Triage:RateLimitWindowSeconds", "3600"]);
        var server = seed.Server;

        // The 3 permits of the window are answered; the 4th request is the first refused.
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await server.Client.GetAsync("v1/articles");
            statuses.Add(response.StatusCode);
            limited = response;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        // Health probes are never limited.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("health/ready")).StatusCode);
    }

    [Fact]
    public async Task ApiKeys_Configured_RequireAValidKey()
    {
        await using var seed = await SeedServer.StartAsync(["--Triage:ApiKeyHashes:0", ApiKeys.Hash("good-key")]);
        var server = seed.Server;

        var (none, problem) = await server.PostAsync("v1/diagnose", SeedTicket.Body());
        var (bad, _) = await server.PostAsync("v1/diagnose", SeedTicket.Body(), apiKey: "bad-key");
        var (good, body) = await server.PostAsync("v1/diagnose", SeedTicket.Body(), apiKey: "good-key");
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "v1/articles");
        bearer.Headers.Authorization = new("Bearer", "good-key");
        var withBearer = await server.Client.SendAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("3474524", body.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withBearer.StatusCode);
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("good-key", StringComparison.Ordinal) || l.Contains("bad-key", StringComparison.Ordinal));
    }

    [Fact]
    public void ApiKeys_HashNotHex_StopsTheStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TriageServer.Build(["--urls", "http://127.0.0.1:0", "--Triage:ApiKeyHashes:0", "plain-key"]));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-key", error.Message, StringComparison.Ordinal);
    }
}
