using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using RulesEngine.Core.Tests.Bundles;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>A server on a signed bundle: bad bundles dropped in under load are refused with their code on
/// /health/ready while the last good one keeps answering, and a good newer one goes live.</summary>
public sealed class BundleReloadTests : IDisposable
{
    private const string Ticket = """{"inputs": [{"name": "ticket.txt", "content": "HTTP 401 Unauthorized"}]}""";

    private readonly BundleWorkshop _shop = new();

    private string Served => Path.Combine(_shop.Folder.Root, "served", "kb.tgz");

    [Fact]
    public async Task BadBundlesDroppedIn_UnderLoad_NoRequestFailsAndTheLastGoodBundleServesUntilAGoodOneComes()
    {
        Release(_shop.Pack("r5", revision: 5));
        await using var server = await StartAsync();
        var (_, ready) = await server.GetAsync("health/ready");
        Assert.Equal(5, ready.GetProperty("bundle").GetProperty("revision").GetInt64());
        Assert.Equal(BundleWorkshop.KeyIdOf(_shop.TrustedKey), ready.GetProperty("bundle").GetProperty("keyId").GetString());
        var firstRevision = ready.GetProperty("revision").GetString();

        var failures = new ConcurrentQueue<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var (response, report) = await server.PostAsync("v1/diagnose", Ticket);
                    if (response.StatusCode != HttpStatusCode.OK || !report.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("article").GetString() == "a1"))
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

        foreach (var (attack, code) in Attacks())
        {
            Release(attack);
            await RunningServer.WaitUntilAsync(async () => FirstErrorCode((await server.GetAsync("health/ready")).Body) == code, $"the bundle to be refused with {code}");
            var (status, refused) = await server.GetAsync("health/ready");
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            Assert.Equal(firstRevision, refused.GetProperty("revision").GetString());
            Assert.Equal(5, refused.GetProperty("bundle").GetProperty("revision").GetInt64());
            Assert.Equal("kb.tgz", refused.GetProperty("errors")[0].GetProperty("file").GetString());
        }

        // A good release with new content goes live.
        _shop.Folder.WriteArticle("a1", "Release six: status {{ finding.status }}.\n");
        Release(_shop.Pack("r6", revision: 6));
        await RunningServer.WaitUntilAsync(async () => (await server.GetAsync("health/ready")).Body.GetProperty("bundle").GetProperty("revision").GetInt64() == 6, "release 6 to go live");
        var (_, live) = await server.GetAsync("health/ready");
        Assert.Equal(0, live.GetProperty("errors").GetArrayLength());
        Assert.NotEqual(firstRevision, live.GetProperty("revision").GetString());
        var (_, report) = await server.PostAsync("v1/diagnose", Ticket);
        Assert.Equal(live.GetProperty("revision").GetString(), report.GetProperty("revision").GetString());

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.Empty(failures);
        Assert.True(served > 0);
    }

    [Fact]
    public async Task StartedOnARefusedBundle_NotReadyWithTheReason()
    {
        Release(_shop.Pack("untrusted", key: _shop.OtherSigningKey));

        await using var server = await RunningServer.StartAsync(null, null, waitUntilReady: false, Settings());
        await RunningServer.WaitUntilAsync(async () => FirstErrorCode((await server.GetAsync("health/ready")).Body) == "RE4005", "the refusal to be reported");

        var (status, ready) = await server.GetAsync("health/ready");
        var (diagnose, _) = await server.PostAsync("v1/diagnose", Ticket);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        Assert.Equal("not-ready", ready.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("bundle").ValueKind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, diagnose.StatusCode);
    }

    [Fact]
    public async Task BundleWithoutTrustedKeys_NeverLoads()
    {
        Release(_shop.Pack());

        await using var server = await RunningServer.StartAsync(null, null, waitUntilReady: false, "--bundle", Served, "--Triage:Watch", "false");
        await RunningServer.WaitUntilAsync(async () => FirstErrorCode((await server.GetAsync("health/ready")).Body) == "RE4013", "the refusal to be reported");

        var (status, ready) = await server.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        Assert.Contains("no trusted key is configured", ready.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _shop.Dispose();

    private static string? FirstErrorCode(JsonElement readiness) =>
        readiness.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0 ? errors[0].GetProperty("code").GetString() : null;

    private Task<RunningServer> StartAsync() => RunningServer.StartAsync(null, null, waitUntilReady: true, Settings());

    private string[] Settings() =>
        ["--bundle", Served, "--Triage:TrustedKeys:0", _shop.TrustedKey, "--Triage:ReloadDelayMilliseconds", "50", "--Triage:RateLimitPermits", "100000000", "--Triage:Watch", "true"];

    // As 'triage pack' does: written beside the served file, then moved over it.
    private void Release(string bundle)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Served)!);
        var temporary = Served + ".incoming";
        File.Copy(bundle, temporary, overwrite: true);
        File.Move(temporary, Served, overwrite: true);
    }

    // Each with its own code, so the test can tell when each one has been judged.
    private IEnumerable<(string Bundle, string Code)> Attacks()
    {
        var good = _shop.Pack("r5-again", revision: 5);
        yield return (_shop.Repack("stripped", BundleWorkshop.Entries(good).Where(e => e.Key != "manifest.sig")), "RE4004");
        yield return (_shop.Repack("tampered", BundleWorkshop.Entries(good).Select(e => e.Key == "rules/r.yaml" ? new(e.Key, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Value).Replace("401", "403", StringComparison.Ordinal))) : e)), "RE4008");
        yield return (_shop.Pack("untrusted", revision: 7, key: _shop.OtherSigningKey), "RE4005");
        yield return (_shop.Repack("manifest", BundleWorkshop.Entries(good).Select(e => e.Key == "manifest.json" ? new(e.Key, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Value).Replace("\"revision\": 5,", "\"revision\": 9,", StringComparison.Ordinal))) : e)), "RE4006");
        yield return (_shop.Pack("expired", revision: 7, createdAt: DateTimeOffset.UtcNow.AddDays(-2), expiresAt: DateTimeOffset.UtcNow.AddDays(-1)), "RE4009");
        yield return (_shop.Pack("older", revision: 4), "RE4010");
        yield return (_shop.RawTar("unsafe", [BundleWorkshop.PlainEntry("manifest.json", "{}"), BundleWorkshop.PlainEntry("../../escape.yaml", "x")]), "RE4003");
        var original = File.ReadAllText(Path.Combine(_shop.RulesFolder, "r.tests.yaml"));
        _shop.Folder.Write("rules/r.tests.yaml", BundleWorkshop.Tests.Replace("absent: [a1]", "expect:\n      - { article: a1 }", StringComparison.Ordinal));
        var failing = _shop.Pack("failing", revision: 7);
        _shop.Folder.Write("rules/r.tests.yaml", original);
        yield return (failing, "RE4012");
    }
}
