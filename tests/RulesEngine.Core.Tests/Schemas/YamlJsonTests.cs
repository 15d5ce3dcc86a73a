using System.Text.Json.Nodes;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>YAML scalars become the JSON types the YAML language server gives them (and the engine reads them as).</summary>
public sealed class YamlJsonTests
{
    [Theory]
    [InlineData("v: 401", "401")]
    [InlineData("v: \"401\"", "\"401\"")]
    [InlineData("v: 0.95", "0.95")]
    [InlineData("v: true", "true")]
    [InlineData("v: 'true'", "\"true\"")]
    [InlineData("v: 2026-11-28T10:30:00Z", "\"2026-11-28T10:30:00Z\"")]
    [InlineData("v: $presented.sha256", "\"$presented.sha256\"")]
    [InlineData("v:", "null")]
    [InlineData("v: ~", "null")]
    [InlineData("v: |\n  401\n", "\"401\\n\"")]
    [InlineData("v: [a, 1, false]", "[\"a\",1,false]")]
    [InlineData("v: { a: 1 }", "{\"a\":1}")]
    public void Convert_TypesScalarsAsYaml12Core(string yaml, string json)
    {
        var converted = YamlJson.Convert(yaml)!["v"];

        Assert.Equal(json, converted?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Convert_EmptyDocument_IsAnEmptyObject()
    {
        Assert.Equal("{}", YamlJson.Convert("# only a comment\n")!.ToJsonString());
    }

    [Fact]
    public void Convert_KeepsKeyOrder()
    {
        var converted = (JsonObject)YamlJson.Convert("b: 1\na: 2\n")!;

        Assert.Equal(["b", "a"], converted.Select(p => p.Key));
    }
}
