using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Server.Tests.Support;

/// <summary>The real server (Kestrel) on a free loopback port, with the given settings and every log line captured.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address, CapturedLogs logs)
    {
        _app = app;
        Address = address;
        Logs = logs;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Client { get; }

    /// <summary>Starts a server on the shipped knowledge base (or <paramref name="rules"/>/<paramref name="kb"/>) and waits
    /// until it is ready. <paramref name="settings"/> are command-line pairs such as <c>--Triage:MaxInputs 2</c>.</summary>
    public static Task<RunningServer> StartAsync(string? rules = null, string? kb = null, params string[] settings) =>
        StartAsync(rules, kb, waitUntilReady: true, settings);

    /// <summary>Starts a server; with <paramref name="waitUntilReady"/> false, returns as soon as it listens.</summary>
    public static async Task<RunningServer> StartAsync(string? rules, string? kb, bool waitUntilReady, params string[] settings)
    {
        var logs = new CapturedLogs();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--rules", rules ?? RepositoryPaths.Rules,
            "--kb", kb ?? RepositoryPaths.Kb,
            // Nothing but the reload tests reacts to edits of the repository's files.
            .. rules is null ? ["--Triage:Watch", "false"] : Array.Empty<string>(),
            .. settings,
        ];
        var app = TriageServer.Build(args, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
        });
        await app.StartAsync();
        var server = new RunningServer(app, new Uri(app.Urls.First() + "/"), logs);
        if (waitUntilReady)
        {
            await WaitUntilAsync(async () => (await server.Client.GetAsync("health/ready")).IsSuccessStatusCode, "the knowledge base to load");
        }

        return server;
    }

    public static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, string body, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        var response = await Client.SendAsync(request);
        return (response, await ReadJsonAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, await ReadJsonAsync(response));
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after a generous bound, never on a timing threshold.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"gave up waiting for {what}");
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
