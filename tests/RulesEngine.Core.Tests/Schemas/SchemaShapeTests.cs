using System.Text.Json.Nodes;
using Json.Schema;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>The schema files are draft-07 (what the YAML language server reads) and give every property hover text.</summary>
public sealed class SchemaShapeTests
{
    private static readonly string[] Names = [.. Enum.GetValues<KnowledgeFileKind>().Select(SchemaFiles.SchemaName)];

    public static TheoryData<string> SchemaNames() => [.. Names];

    [Fact]
    public void SchemaFolder_HoldsExactlyTheFourSchemas()
    {
        var files = SchemaFiles.Under(SchemaFiles.SchemaFolder, "*").Select(Path.GetFileName);

        Assert.Equal(Names.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_IsValidDraft07(string name)
    {
        var text = File.ReadAllText(SchemaFiles.Full($"{SchemaFiles.SchemaFolder}/{name}"));

        var errors = SchemaFiles.Evaluate(MetaSchemas.Draft7, JsonNode.Parse(text));

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)JsonNode.Parse(text)!["$schema"]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(JsonSchema.FromText(text));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_EveryPropertyHasADescription(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaFiles.Full($"{SchemaFiles.SchemaFolder}/{name}")))!;

        var undescribed = Properties(root, "#").Where(p => p.Schema is JsonObject o && o["description"] is null).Select(p => p.Path).ToList();

        Assert.True(root["description"] is not null, $"{name} has no top-level description");
        Assert.True(undescribed.Count == 0, $"{name}: properties without a description:\n{string.Join("\n", undescribed)}");
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_EveryReferenceResolves(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaFiles.Full($"{SchemaFiles.SchemaFolder}/{name}")))!;
        var definitions = root["definitions"]?.AsObject() ?? [];

        var broken = References(root).Where(r => !r.StartsWith("#/definitions/", StringComparison.Ordinal) || !definitions.ContainsKey(r["#/definitions/".Length..])).ToList();
        var unused = definitions.Select(d => "#/definitions/" + d.Key).Except(References(root)).ToList();

        Assert.True(broken.Count == 0, $"{name}: references to no definition: {string.Join(", ", broken)}");
        Assert.True(unused.Count == 0, $"{name}: definitions no reference uses: {string.Join(", ", unused)}");
    }

    /// <summary>Every schema under a <c>properties</c> keyword, with its path; boolean schemas (<c>false</c>) forbid a key and need no text.</summary>
    private static IEnumerable<(string Path, JsonNode? Schema)> Properties(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "properties" && p.Value is JsonObject properties
            ? properties.Select(q => ($"{path}/properties/{q.Key}", q.Value)).Where(q => q.Value is JsonObject).Concat(properties.SelectMany(q => Properties(q.Value, $"{path}/properties/{q.Key}")))
            : Properties(p.Value, $"{path}/{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => Properties(item, $"{path}/{i}")),
        _ => [],
    };

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };
}
