using System.Text.Json;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Server.Tests.Support;

/// <summary>The seed ticket of KBA 3474524 (rules/fixtures/seed) as request bodies.</summary>
internal static class SeedTicket
{
    public static readonly string[] AllFiles = ["ticket.txt", "trace.log", "service-key.json"];

    /// <summary>The service key's client secret: it must never come back or reach a log line.</summary>
    public const string ClientSecret = "c3f1e0a9-77b2-4d1e-a6f0-2e9d5b4c1a88$Qm9vLXNlY3JldC1mb3ItdGVzdHM9PQ";

    public static object[] Inputs(params string[] files) =>
    [
        .. (files.Length == 0 ? AllFiles : files).Select(f => new { name = f, content = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed", f)) }),
    ];

    public static string Body(params string[] files) => JsonSerializer.Serialize(new { inputs = Inputs(files), now = "2026-11-28T10:30:00Z" });
}
