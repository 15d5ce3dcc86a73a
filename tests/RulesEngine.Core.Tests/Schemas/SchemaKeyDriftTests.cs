using System.Reflection;
using System.Text.Json.Nodes;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;
using RulesEngine.Core.Testing;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>The hand-written parts of the schemas name the same keys (and statuses) as the readers accept: each row
/// pairs a schema object with the reader's list of allowed keys.</summary>
public sealed class SchemaKeyDriftTests
{
    [Theory]
    [InlineData("rules.schema.json", "", typeof(RuleDocumentReader), "DocumentKeys")]
    [InlineData("rules.schema.json", "/definitions/rule", typeof(RuleDocumentReader), "RuleKeys")]
    [InlineData("rules.schema.json", "/definitions/rule/properties/status", typeof(RuleValidator), "Statuses")]
    [InlineData("rule-tests.schema.json", "", typeof(RuleTestReader), "FileKeys")]
    [InlineData("rule-tests.schema.json", "/definitions/case", typeof(RuleTestReader), "CaseKeys")]
    [InlineData("rule-tests.schema.json", "/definitions/input", typeof(RuleTestReader), "InputKeys")]
    [InlineData("rule-tests.schema.json", "/definitions/expected", typeof(RuleTestReader), "ExpectKeys")]
    [InlineData("article.schema.json", "", typeof(ArticleReader), "Keys")]
    [InlineData("article.schema.json", "/properties/see-also/items", typeof(ArticleReader), "LinkKeys")]
    [InlineData("article.schema.json", "/properties/steps/items", typeof(ArticleReader), "StepKeys")]
    [InlineData("packages.schema.json", "", typeof(PackageCatalogReader), "DocumentKeys")]
    [InlineData("packages.schema.json", "/definitions/package", typeof(PackageCatalogReader), "EntryKeys")]
    public void Schema_Keys_AreTheReadersKeys(string schema, string location, Type reader, string field)
    {
        var member = reader.GetField(field, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static);
        Assert.True(member is not null, $"{reader.Name}.{field} no longer exists: update this table to the reader's list of keys");
        var engine = ((IEnumerable<string>)member.GetValue(null)!).ToList();
        var node = location.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate<string, JsonNode?>(JsonNode.Parse(File.ReadAllText(SchemaFiles.Full($"{SchemaFiles.SchemaFolder}/{schema}"))), (n, key) => n?[key]);
        Assert.True(node is JsonObject, $"{schema}#{location} is not a schema object");

        var listed = node["enum"] is JsonArray values
            ? values.Select(v => (string)v!).ToList()
            : node["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.True(
            listed.Order(StringComparer.Ordinal).SequenceEqual(engine.Order(StringComparer.Ordinal)),
            $"{schema}#{location} lists {string.Join(", ", listed)}; {reader.Name}.{field} accepts {string.Join(", ", engine)}: make the schema list exactly the reader's keys");
        if (node["enum"] is null)
        {
            Assert.True(node["additionalProperties"]?.GetValueKind() == System.Text.Json.JsonValueKind.False, $"{schema}#{location}: the reader rejects unknown keys, so the schema needs \"additionalProperties\": false");
        }
    }
}
