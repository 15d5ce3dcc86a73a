using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using RulesEngine.LoadBench;
using RulesEngine.Server;

// dotnet run -c Release --project tests/RulesEngine.LoadBench -- [--requests N] [--concurrency N] [--url URL]
// Without --url, starts the server in this process on a free loopback port with the shipped knowledge base.
// Only loopback URLs are accepted: this is a load generator.
var requests = Option("--requests", 20_000);
var concurrency = Option("--concurrency", 32);
var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
var body = JsonSerializer.Serialize(new
{
    inputs = SeedFiles()
        .Select(f => new { name = f, content = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", f)) }),
});

await using var app = url is null
    ? TriageServer.Build(["--urls", "http://127.0.0.1:0", "--Triage:RateLimitPermits", "100000000", "--Triage:Watch", "false", "--Logging:LogLevel:Default", "Warning"])
    : null;
if (app is not null)
{
    await app.StartAsync();
}

var address = new Uri(url ?? app!.Urls.First());
if (!address.IsLoopback)
{
    Console.Error.WriteLine("loadbench: only loopback addresses are load-tested");
    return 2;
}

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
var run = new LoadRun(client, "/v1/diagnose", body);
Console.WriteLine($"warm-up: {await run.RunAsync(500, concurrency, TimeSpan.FromMinutes(2))}");
var result = await run.RunAsync(requests, concurrency, TimeSpan.FromMinutes(5));
Console.WriteLine($"POST /v1/diagnose (seed ticket, 3 inputs), concurrency {concurrency}, {Environment.ProcessorCount} cores, server and client on one machine:");
Console.WriteLine(result);
if (app is not null)
{
    await app.StopAsync();
}

return result.Failures == 0 ? 0 : 1;

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, out var parsed) && parsed > 0 ? parsed : fallback;

static string[] SeedFiles() => ["ticket.txt", "trace.log", "service-key.json"];
