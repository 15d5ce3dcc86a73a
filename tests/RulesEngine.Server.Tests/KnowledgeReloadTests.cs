using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

public sealed partial class KnowledgeReloadTests
{
    private const int Edits = 6;
    private const int MaxRequestsPerWorker = 5000;

    [Fact]
    public async Task RuleFileEdits_UnderLoad_NoRequestFailsAndAnswersFollowTheLastGoodRules()
    {
        // Arrange: a server on a temp copy of the seed knowledge base, and two clients diagnosing the seed ticket in a loop.
        // No rate limit: the loop may send more than a client is allowed per minute.
        await using var seed = await SeedServer.StartAsync("--Triage:ReloadDelayMilliseconds", "50", "--Triage:RateLimitPermits", "100000000");
        var server = seed.Server;
        var original = File.ReadAllText(seed.Knowledge.RulePath);
        var body = SeedTicket.Body();
        var failures = new ConcurrentQueue<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < MaxRequestsPerWorker && !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var (response, report) = await server.PostAsync("v1/diagnose", body);
                    if (response.StatusCode != HttpStatusCode.OK || SeedConfidence(report) is null)
                    {
                        failures.Enqueue($"{(int)response.StatusCode}: {report}");
                    }

                    Interlocked.Increment(ref served);
                }
                catch (HttpRequestException ex)
                {
                    failures.Enqueue(ex.Message);
                }
            }
        })).ToArray();

        // Act and assert: each valid edit goes live; each broken one is refused with positions while the last good one serves.
        for (var edit = 1; edit <= Edits; edit++)
        {
            var confidence = 0.80 + (edit / 100.0);
            seed.Knowledge.ReplaceRuleFile(WithConfirmedConfidence(original, confidence));
            await RunningServer.WaitUntilAsync(async () => await ConfidenceAsync(server) == confidence, $"edit {edit} to go live");
            var (_, ready) = await server.GetAsync("health/ready");
            Assert.Equal(0, ready.GetProperty("errors").GetArrayLength());
            var revision = ready.GetProperty("revision").GetString();

            seed.Knowledge.ReplaceRuleFile(edit % 2 == 0 ? WithConfirmedConfidence(original, 1.5) : original + "\n  - id: [unclosed\n");
            await RunningServer.WaitUntilAsync(async () => (await server.GetAsync("health/ready")).Body.GetProperty("errors").GetArrayLength() > 0, $"broken edit {edit} to be refused");
            var (status, refused) = await server.GetAsync("health/ready");
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            Assert.Equal(revision, refused.GetProperty("revision").GetString());
            // The rule file's error points into it (a broken rule may add follow-up errors in its article).
            Assert.Contains(refused.GetProperty("errors").EnumerateArray(), error =>
                error.GetProperty("file").GetString()!.EndsWith("wfs-client-certificate.yaml", StringComparison.Ordinal)
                && error.GetProperty("line").GetInt32() > 1 && error.GetProperty("column").GetInt32() >= 1);
            Assert.Equal(confidence, await ConfidenceAsync(server));
            Assert.Contains(server.Logs.Lines, l => l.Contains("wfs-client-certificate.yaml(", StringComparison.Ordinal));
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.Empty(failures);
        Assert.True(served > 0);
    }

    [Fact]
    public async Task BrokenKnowledgeBase_AtStart_IsNotReadyUntilAnEditFixesIt()
    {
        using var knowledge = new SeedKnowledgeBase();
        var original = File.ReadAllText(knowledge.RulePath);
        knowledge.ReplaceRuleFile(WithConfirmedConfidence(original, 1.5));
        await using var server = await RunningServer.StartAsync(knowledge.Rules, knowledge.Kb, waitUntilReady: false, "--Triage:ReloadDelayMilliseconds", "50");

        var (diagnose, problem) = await server.PostAsync("v1/diagnose", SeedTicket.Body());
        var (notReady, readiness) = await server.GetAsync("health/ready");
        knowledge.ReplaceRuleFile(original);
        await RunningServer.WaitUntilAsync(async () => (await server.Client.GetAsync("health/ready")).IsSuccessStatusCode, "the fixed knowledge base to load");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, diagnose.StatusCode);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("not-ready", readiness.GetProperty("status").GetString());
        var error = Assert.Single(readiness.GetProperty("errors").EnumerateArray());
        Assert.EndsWith("wfs-client-certificate.yaml", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        // Answered without a key: the file as the knowledge base names it, never where the server keeps it.
        Assert.False(Path.IsPathRooted(error.GetProperty("file").GetString()), error.GetProperty("file").GetString());
        Assert.DoesNotContain(Path.GetTempPath(), readiness.GetRawText(), StringComparison.Ordinal);
        Assert.NotNull(await ConfidenceAsync(server));
    }

    [Fact]
    public async Task MissingRulesFolder_Readiness_NamesItWithoutTheServersLayout()
    {
        using var knowledge = new SeedKnowledgeBase();
        var missing = Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N"));
        await using var server = await RunningServer.StartAsync(missing, knowledge.Kb, waitUntilReady: false);

        // The first load runs in the background: wait until it has failed, not only until the server listens.
        var status = HttpStatusCode.OK;
        var readiness = default(System.Text.Json.JsonElement);
        await RunningServer.WaitUntilAsync(
            async () =>
            {
                (var response, readiness) = await server.GetAsync("health/ready");
                status = response.StatusCode;
                return readiness.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;
            },
            "the failed load to be reported");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var error = Assert.Single(readiness.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "RE1007");
        Assert.Equal(Path.GetFileName(missing), error.GetProperty("file").GetString());
        Assert.DoesNotContain(Path.GetTempPath(), readiness.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<double?> ConfidenceAsync(RunningServer server) =>
        SeedConfidence((await server.PostAsync("v1/diagnose", SeedTicket.Body())).Body);

    private static double? SeedConfidence(JsonElement report) =>
        report.ValueKind == JsonValueKind.Object && report.TryGetProperty("findings", out var findings)
            ? findings.EnumerateArray().Where(f => f.GetProperty("article").GetString() == "3474524").Select(f => (double?)f.GetProperty("confidence").GetDouble()).FirstOrDefault()
            : null;

    private static string WithConfirmedConfidence(string rules, double confidence)
    {
        var edited = ConfidenceLine().Replace(rules, m => $"confidence: {{ suspected: {m.Groups["suspected"].Value}, confirmed: {confidence.ToString(CultureInfo.InvariantCulture)} }}", 1);
        Assert.NotEqual(rules, edited);
        return edited;
    }

    [GeneratedRegex(@"confidence: \{ suspected: (?<suspected>[0-9.]+), confirmed: [0-9.]+ \}")]
    private static partial Regex ConfidenceLine();
}
