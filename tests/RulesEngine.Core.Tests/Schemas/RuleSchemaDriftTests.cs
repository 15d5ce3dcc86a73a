using System.Text.Json.Nodes;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Operators;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>Keeps the fact kinds, fields and operators of <c>kb/schemas/rules.schema.json</c> equal to the engine's
/// catalogs (<see cref="FactCatalog.BuiltIn"/>, the kinds the shipped rules infer, <see cref="OperatorCatalog.All"/>).
/// <c>UPDATE_SCHEMAS=1</c> rewrites the generated definitions in place.</summary>
public sealed class RuleSchemaDriftTests
{
    private const string RulesSchema = SchemaFiles.SchemaFolder + "/rules.schema.json";

    private const string Fix = "Run `UPDATE_SCHEMAS=1 dotnet test --filter FullyQualifiedName~Schemas` to regenerate them from the catalogs (tests/RulesEngine.Core.Tests/Schemas/RuleSchemaGenerator.cs).";

    private static readonly string[] GroupKeys = ["any-of", "all-of", "not", "uses"];

    private static readonly string[] ConditionKeys = ["any-of", "all-of", "not", "uses", "as", "ask"];

    [Fact]
    public void RulesSchema_KindsFieldsAndOperators_AreExactlyTheCatalogs()
    {
        var schema = ShippedFactSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            Rewrite(schema);
        }

        var definitions = Definitions();
        var problems = new List<string>();
        var kinds = RuleSchemaGenerator.Kinds(schema);
        var schemaKinds = Keys(definitions["condition"]?["properties"]).Except(ConditionKeys).ToList();
        Compare("fact kind", "the condition's properties", kinds.Select(k => k.Name), schemaKinds, problems);
        foreach (var kind in kinds.Where(k => schemaKinds.Contains(k.Name)))
        {
            var properties = definitions[RuleSchemaGenerator.KindPrefix + kind.Name]?["properties"];
            Compare($"field of '{kind.Name}'", $"definitions.{RuleSchemaGenerator.KindPrefix}{kind.Name}", kind.Fields.Keys, Keys(properties).Except(GroupKeys), problems);
            foreach (var field in kind.Fields.Values.Where(f => properties?[f.Name] is not null))
            {
                var expected = "#/definitions/field-" + RuleSchemaGenerator.TypeName(field.Type);
                var actual = (string?)properties![field.Name]!["$ref"];
                if (actual != expected)
                {
                    problems.Add($"field '{kind.Name}.{field.Name}' is {FieldTypes.DisplayName(field.Type)} in the catalog: its $ref is {actual}, expected {expected}");
                }
            }
        }

        foreach (var type in Enum.GetValues<FieldType>())
        {
            var name = "operators-" + RuleSchemaGenerator.TypeName(type);
            var expected = OperatorCatalog.All.Values.Where(o => o.AppliesTo.Contains(type)).Select(o => o.Name);
            Compare($"operator on {FieldTypes.DisplayName(type)} fields", $"definitions.{name}", expected, Keys(definitions[name]?["properties"]), problems);
        }

        foreach (var (name, generated) in RuleSchemaGenerator.Build(schema))
        {
            if (!JsonNode.DeepEquals(definitions[name], generated))
            {
                problems.Add($"definitions.{name} differs from what the catalogs generate (a description, type or operand changed)");
            }
        }

        var generatedNames = RuleSchemaGenerator.Build(schema).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(definitions.Select(d => d.Key).Where(k => RuleSchemaGenerator.Owns(k) && !generatedNames.Contains(k)).Select(k => $"definitions.{k} is generated but no longer produced by the catalogs: remove it"));

        Assert.True(problems.Count == 0, $"{RulesSchema} does not match the engine's catalogs:\n- {string.Join("\n- ", problems)}\n{Fix}");
    }

    /// <summary>The fact kinds the shipped rules see: built-in, the inferred ones, and the signal captures.</summary>
    internal static FactSchema ShippedFactSchema()
    {
        var bag = new DiagnosticBag();
        var documents = SchemaFiles.Under("rules", "*.yaml", "*.yml")
            .Where(f => SchemaFiles.KindOf(f) == KnowledgeFileKind.Rules)
            .Select(f => RuleDocumentReader.Read(f, File.ReadAllText(SchemaFiles.Full(f)), bag))
            .ToList();
        return RuleValidator.Validate(documents, new HashSet<string>(StringComparer.Ordinal), bag);
    }

    private static JsonObject Definitions() =>
        JsonNode.Parse(File.ReadAllText(SchemaFiles.Full(RulesSchema)))!["definitions"]!.AsObject();

    private static IEnumerable<string> Keys(JsonNode? node) => node is JsonObject o ? o.Select(p => p.Key) : [];

    private static void Compare(string what, string where, IEnumerable<string> expected, IEnumerable<string> actual, List<string> problems)
    {
        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        var actualSet = actual.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(expectedSet.Except(actualSet).Order(StringComparer.Ordinal).Select(n => $"{what} '{n}' is missing from {where}: add it"));
        problems.AddRange(actualSet.Except(expectedSet).Order(StringComparer.Ordinal).Select(n => $"{what} '{n}' in {where} is not in the engine: remove it"));
    }

    /// <summary>Keeps the hand-written definitions (in their order) and replaces the generated ones.</summary>
    private static void Rewrite(FactSchema schema)
    {
        var path = SchemaFiles.Full(RulesSchema);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var kept = definitions.Where(d => !RuleSchemaGenerator.Owns(d.Key)).Select(d => KeyValuePair.Create(d.Key, d.Value?.DeepClone())).ToList();
        root["definitions"] = new JsonObject([.. kept, .. RuleSchemaGenerator.Build(schema).Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))]);
        File.WriteAllText(path, SchemaJsonWriter.Write(root));
    }
}
