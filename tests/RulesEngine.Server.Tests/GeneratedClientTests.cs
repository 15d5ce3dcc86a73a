using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using RulesEngine.Server.Security;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>A TypeScript client generated from the served document (openapi-typescript + openapi-fetch, pinned in
/// Node/package.json) type-checks against it and diagnoses the seed ticket on a real server with an API key.</summary>
public sealed class GeneratedClientTests
{
    private const string Key = "client-test-key";

    [SkippableFact]
    public async Task GeneratedClient_DiagnoseWithKey_ConfirmsTheSeedCause()
    {
        await using var server = await RunningServer.StartAsync(null, null, "--Triage:ApiKeyHashes:0", ApiKeys.Hash(Key));
        await GenerateClientAsync(server);
        var seed = SeedTicket.AllFiles.Select(f => Path.Combine(RepositoryPaths.Samples, "seed", f));
        var (exit, output, error) = await NodeTools.RunAsync("node", ["out/client/diagnose.js", server.Address.ToString().TrimEnd('/'), Key, .. seed]);

        Assert.True(exit == 0, $"{output}\n{error}");
        using var result = JsonDocument.Parse(output);
        Assert.Equal(200, result.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("3474524", result.RootElement.GetProperty("article").GetString());
        Assert.Equal("confirmed", result.RootElement.GetProperty("findingStatus").GetString());
        Assert.NotEqual(0, result.RootElement.GetProperty("evidenceLines").GetArrayLength());
    }

    [SkippableFact]
    public async Task GeneratedClient_WrongKey_Gets401Problem()
    {
        await using var server = await RunningServer.StartAsync(null, null, "--Triage:ApiKeyHashes:0", ApiKeys.Hash(Key));
        await GenerateClientAsync(server);

        var (exit, output, _) = await NodeTools.RunAsync("node", "out/client/diagnose.js", server.Address.ToString().TrimEnd('/'), "wrong-key", Path.Combine(RepositoryPaths.Samples, "seed", "ticket.txt"));

        Assert.Equal(1, exit);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(401, result.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(401, result.RootElement.GetProperty("error").GetProperty("status").GetInt32());
    }

    /// <summary>Generates the client's types from the document this server serves and compiles the client against them.</summary>
    private static async Task GenerateClientAsync(RunningServer server)
    {
        var document = Path.Combine(NodeTools.Folder, "generated", "openapi.json");
        Directory.CreateDirectory(Path.GetDirectoryName(document)!);
        using var request = new HttpRequestMessage(HttpMethod.Get, "openapi/v1.json");
        request.Headers.Add("X-Api-Key", Key);
        using var response = await server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await File.WriteAllTextAsync(document, await response.Content.ReadAsStringAsync());
        await RunAsync("openapi-typescript", document, "-o", "generated/triage.ts");
        await RunAsync("tsc", "-p", ".");
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var (exit, output, error) = await NodeTools.RunAsync(tool, arguments);
        Assert.True(exit == 0, $"{tool} exited {exit}:\n{output}\n{error}");
    }
}
