using System.Net;
using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>A ticket with a 20 MB trace log is answered with the default settings while small tickets keep being
/// answered; the answer is proportional to the diagnosis, not to the log; a request timeout stops the diagnosis.</summary>
public sealed class LargeTicketTests
{
    private const int SmallRequests = 8;

    private static readonly string Trace = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "trace.log"));

    // The seed failure repeated to about 20 MB, as a trace log of a failing retry loop is.
    private static readonly int Repeats = (20 * 1024 * 1024 / Trace.Length) + 1;

    private static string LargeBody(int repeats = 0) => JsonSerializer.Serialize(new
    {
        inputs = new object[]
        {
            new { name = "ticket.txt", content = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "ticket.txt")) },
            new { name = "trace.log", content = string.Concat(Enumerable.Repeat(Trace, repeats == 0 ? Repeats : repeats)) },
            new { name = "service-key.json", content = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", "service-key.json")) },
        },
        now = "2026-11-28T10:30:00Z",
    });

    [Fact]
    public async Task Diagnose_20MegabyteLogWithSmallTicketsAlongside_AnswersAllOfThem()
    {
        await using var server = await RunningServer.StartAsync();
        var body = LargeBody();
        Assert.True(body.Length > 20 * 1024 * 1024);

        var large = Task.Run(() => PostRawAsync(server, body));
        var small = Enumerable.Range(0, SmallRequests).Select(_ => server.PostAsync("v1/diagnose", SeedTicket.Body())).ToList();
        var smallAnswers = await Task.WhenAll(small);
        var (status, text) = await large;

        Assert.All(smallAnswers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        Assert.All(smallAnswers, a => Assert.Equal("3474524", a.Body.GetProperty("findings")[0].GetProperty("article").GetString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(text.Length < 200 * 1024, $"the answer to a 20 MB log has {text.Length:N0} characters");
        using var json = JsonDocument.Parse(text);
        var top = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(("3474524", "confirmed"), (top.GetProperty("article").GetString(), top.GetProperty("status").GetString()));
        var traceLine = json.RootElement.GetProperty("facts").EnumerateArray()
            .Single(f => f.GetProperty("kind").GetString() == "log-entry" && f.GetProperty("message").GetString()!.Contains("not configured in a service key", StringComparison.Ordinal));
        Assert.Equal(Repeats, traceLine.GetProperty("count").GetInt32());
        Assert.DoesNotContain(SeedTicket.ClientSecret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_OverTheRequestTimeout_504WhileTheServerKeepsServing()
    {
        // A 80 MB log: read in a fraction of the timeout, diagnosed in several times it.
        const string limit = "200000000";
        await using var server = await RunningServer.StartAsync(
            null, null, "--Triage:RequestTimeoutSeconds", "2", "--Triage:MaxRequestBodyBytes", limit, "--Triage:MaxInputCharacters", limit, "--Triage:MaxTicketCharacters", limit);
        await RunningServer.WaitUntilAsync(async () => (await server.PostAsync("v1/diagnose", SeedTicket.Body())).Response.IsSuccessStatusCode, "a warm diagnosis");

        var (status, text) = await PostUntilAnsweredAsync(server, LargeBody(4 * Repeats));

        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        using (var problem = JsonDocument.Parse(text))
        {
            Assert.Equal(504, problem.RootElement.GetProperty("status").GetInt32());
        }

        // Whether the body read or the diagnosis was running when the timeout fired, the answer is 504; that the
        // diagnosis itself stops on the request's token is tested in Core (BudgetTests). The server keeps serving:
        // a small ticket is answered (on a machine busy with other test runs, its own 2 s budget may need a retry).
        await RunningServer.WaitUntilAsync(async () => (await server.PostAsync("v1/diagnose", SeedTicket.Body())).Response.StatusCode == HttpStatusCode.OK, "a small ticket answered after the 504");
    }

    // When the timeout fires while the body is still being sent (a slow machine), the server answers 504 and closes the
    // connection: the client then sees a broken pipe instead of the answer. Such an attempt is repeated (a few times at
    // most), so that the status asserted is one the client could read.
    private static async Task<(HttpStatusCode Status, string Text)> PostUntilAnsweredAsync(RunningServer server, string body)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PostRawAsync(server, body);
            }
            catch (HttpRequestException ex) when (attempt < 3 && ex.InnerException is IOException)
            {
            }
        }
    }

    private static async Task<(HttpStatusCode Status, string Text)> PostRawAsync(RunningServer server, string body)
    {
        using var response = await server.Client.PostAsync("v1/diagnose", RunningServer.Json(body));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
