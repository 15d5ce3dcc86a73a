using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace RulesEngine.Server.Tests.Support;

/// <summary>The OpenAPI document a running server serves, with its component schemas as JSON Schema 2020-12 (which
/// OpenAPI 3.1 schemas are) to validate real responses against.</summary>
internal sealed class ServedOpenApi
{
    private readonly JsonObject _components;

    private ServedOpenApi(JsonElement document)
    {
        Document = document;
        _components = JsonNode.Parse(document.GetProperty("components").GetProperty("schemas").GetRawText())!.AsObject();
    }

    public JsonElement Document { get; }

    public static async Task<ServedOpenApi> ReadAsync(RunningServer server) => await ReadAsync(await server.Client.GetAsync("openapi/v1.json"));

    public static async Task<ServedOpenApi> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new ServedOpenApi(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Every operation: path, method and the operation object.</summary>
    public IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        Document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name, op.Value)));

    /// <summary>The schema of <c>#/components/schemas/NAME</c>, its references turned into <c>$defs</c> of one schema.</summary>
    public JsonSchema Schema(string name)
    {
        var defs = JsonNode.Parse(_components.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!;
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            // A fresh id each time: JsonSchema.Net keeps schemas by id in a global registry.
            ["$id"] = $"https://triage.test/openapi/{Guid.NewGuid():N}",
            ["$defs"] = defs,
            ["$ref"] = $"#/$defs/{name}",
        };
        return JsonSchema.FromText(root.ToJsonString());
    }

    /// <summary>Why <paramref name="instance"/> does not fit <paramref name="schema"/>: one line per failing keyword.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))];
    }
}
