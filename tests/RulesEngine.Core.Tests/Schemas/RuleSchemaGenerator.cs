using System.Text.Json.Nodes;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Operators;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>Builds the parts of <c>kb/schemas/rules.schema.json</c> that come from the engine's catalogs: the
/// <c>condition</c> definition (one property per fact kind), a <c>kind-*</c> definition per fact kind (its fields),
/// and per field type the <c>field-*</c>, <c>operators-*</c>, <c>literal-*</c> and <c>value-*</c> definitions (the
/// operators that apply and what each takes). Everything else in the file is written by hand.</summary>
internal static class RuleSchemaGenerator
{
    public const string KindPrefix = "kind-";

    private const string Definitions = "#/definitions/";

    private static readonly string[] TypePrefixes = ["field-", "operators-", "literal-", "value-"];

    private static readonly FieldType[] Types = Enum.GetValues<FieldType>();

    /// <summary>True for the definition names this generator owns.</summary>
    public static bool Owns(string definition) =>
        definition == "condition" || definition == "infer-fact" || definition.StartsWith(KindPrefix, StringComparison.Ordinal)
        || TypePrefixes.Any(p => definition.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The type name used in definition names (<c>field-number</c>).</summary>
    public static string TypeName(FieldType type) => type.ToString().ToLowerInvariant();

    /// <summary>The built-in kinds, then the kinds the shipped rules infer (by name).</summary>
    public static IReadOnlyList<FactKind> Kinds(FactSchema schema) =>
        [.. FactCatalog.BuiltIn.Values, .. schema.Inferred.Values.OrderBy(k => k.Name, StringComparer.Ordinal)];

    /// <summary>The generated definitions, by name, in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, JsonNode>> Build(FactSchema schema)
    {
        var kinds = Kinds(schema);
        var result = new List<KeyValuePair<string, JsonNode>>
        {
            new("condition", Condition(kinds)),
            new("infer-fact", InferFact()),
        };
        result.AddRange(kinds.Select(k => new KeyValuePair<string, JsonNode>(KindPrefix + k.Name, Kind(k))));
        foreach (var type in Types)
        {
            if (type != FieldType.Fact)
            {
                result.Add(new("literal-" + TypeName(type), Literal(type)));
                result.Add(new("value-" + TypeName(type), Value(type)));
            }

            result.Add(new("operators-" + TypeName(type), Operators(type)));
            result.Add(new("field-" + TypeName(type), Field(type)));
        }

        return result;
    }

    private static JsonObject Condition(IReadOnlyList<FactKind> kinds)
    {
        var properties = new JsonObject
        {
            ["any-of"] = Conditions("At least one of these conditions holds. Must be the only key of its list item."),
            ["all-of"] = Conditions("All of these conditions hold (bindings flow from each to the next). Must be the only key of its list item."),
            ["not"] = new JsonObject
            {
                ["description"] = "No fact matches this condition (or, given a list, all of its conditions together). Must be the only key of its list item.",
                ["anyOf"] = new JsonArray(Ref("condition"), Conditions("The conditions that must not hold together.")),
            },
            ["uses"] = new JsonObject
            {
                ["description"] = "The conditions of a named block (a rule file's 'conditions:'), spliced in here. Must be the only key of its list item.",
                ["type"] = "string",
                ["pattern"] = "^[a-z0-9][a-z0-9-]*$",
            },
            ["as"] = new JsonObject
            {
                ["description"] = "Binds the matched fact to a name (snake_case): later conditions compare with $name.field, 'infer.set' copies $name or $name.field, and the article template reads bound.name.",
                ["type"] = "string",
                ["pattern"] = "^[a-z_][a-z0-9_]*$",
            },
            ["ask"] = new JsonObject
            {
                ["description"] = "The question shown while this condition is missing (the finding is suspected, or the rule nearly fired): a text or { id, text, answer }.",
                ["$ref"] = "#/definitions/question",
            },
        };
        foreach (var kind in kinds)
        {
            properties[kind.Name] = Described($"{kind.Description} Test its fields: {{ field: value }}; {{}} matches any fact of the kind.", Ref(KindPrefix + kind.Name));
        }

        string[] groups = ["any-of", "all-of", "not", "uses"];
        return new JsonObject
        {
            ["description"] = "A condition: one fact kind with its field tests (plus 'as' and 'ask'), or 'any-of', 'all-of', 'not' or 'uses' alone.",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
            ["oneOf"] = new JsonArray([.. groups.Concat(kinds.Select(k => k.Name)).Select(name => Required(name))]),
            ["if"] = new JsonObject { ["anyOf"] = new JsonArray([.. groups.Select(g => Required(g))]) },
            ["then"] = new JsonObject { ["maxProperties"] = 1 },
        };
    }

    private static JsonObject InferFact() => new()
    {
        ["description"] = "The kind of the inferred fact: a new kind (kebab-case), not a built-in one. Conditions of other rules match it by this name.",
        ["type"] = "string",
        ["pattern"] = "\\S",
        ["not"] = new JsonObject { ["enum"] = new JsonArray([.. FactCatalog.BuiltIn.Keys.Select(k => (JsonNode)k)]) },
    };

    private static JsonObject Kind(FactKind kind)
    {
        var properties = new JsonObject();
        foreach (var field in kind.Fields.Values)
        {
            properties[field.Name] = Described($"{field.Description} ({FieldTypes.DisplayName(field.Type)})", Ref("field-" + TypeName(field.Type)));
        }

        var self = Ref(KindPrefix + kind.Name);
        properties["any-of"] = Described("At least one of these field-test mappings holds.", new JsonObject { ["type"] = "array", ["items"] = self.DeepClone() });
        properties["all-of"] = Described("All of these field-test mappings hold.", new JsonObject { ["type"] = "array", ["items"] = self.DeepClone() });
        properties["not"] = Described("These field tests do not all hold.", self);
        var open = kind.Name == "signal";
        return new JsonObject
        {
            ["description"] = open
                ? $"Field tests on '{kind.Name}'; the named captures of the declared signals' regexes are text fields too."
                : $"Field tests on '{kind.Name}' (all must hold): {string.Join(", ", kind.Fields.Keys)}.",
            ["type"] = new JsonArray("object", "null"),
            ["properties"] = properties,
            ["additionalProperties"] = open ? Ref("field-text") : false,
        };
    }

    /// <summary>A plain value of the type, as YAML types it (numbers and true/false unquoted).</summary>
    private static JsonObject Literal(FieldType type) => type switch
    {
        FieldType.Text => new JsonObject { ["description"] = "A text (compared ignoring case); $$ writes a literal '$'.", ["type"] = new JsonArray("string", "number", "boolean") },
        FieldType.Number => new JsonObject { ["description"] = "A number.", ["type"] = "number" },
        FieldType.Boolean => new JsonObject { ["description"] = "true or false.", ["type"] = "boolean" },
        _ => new JsonObject
        {
            ["description"] = "A time: 2026-12-31, 2026-12-31T10:15:00Z or with an offset; 'now' is the ticket's time (--now).",
            ["type"] = "string",
            ["pattern"] = "^\\s*(now|[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)\\s*$",
        },
    };

    /// <summary>A literal, or a reference to a field of a fact bound earlier in the rule (a join).</summary>
    private static JsonObject Value(FieldType type) => new()
    {
        ["description"] = $"A {FieldTypes.DisplayName(type)} value, or $name.field: a field of a fact bound earlier in this rule.",
        ["anyOf"] = new JsonArray(Ref("literal-" + TypeName(type)), new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = "^\\$[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*$",
        }),
    };

    private static JsonObject Operators(FieldType type)
    {
        var properties = new JsonObject();
        foreach (var op in OperatorCatalog.All.Values.Where(o => o.AppliesTo.Contains(type)))
        {
            properties[op.Name] = Described(op.Description, Operand(op, type));
        }

        return new JsonObject
        {
            ["description"] = $"Operators on a {FieldTypes.DisplayName(type)} field, all must hold: {string.Join(", ", properties.Select(p => p.Key))}.",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Operand(OperatorInfo op, FieldType type) => op switch
    {
        { TakesList: true } => new JsonObject { ["type"] = "array", ["items"] = Ref("literal-" + TypeName(type)) },
        { TakesBoolean: true } => new JsonObject { ["type"] = "boolean" },
        { Kind: OperatorKind.Matches } => new JsonObject { ["type"] = "string" },
        { TakesDuration: true } or { Kind: OperatorKind.Within } => new JsonObject { ["type"] = "string", ["pattern"] = "^\\s*[0-9]{1,6}[mhdw]\\s*$" },
        { AcceptsReference: true } => Ref("value-" + TypeName(type)),
        _ => Ref("literal-" + TypeName(type)),
    };

    /// <summary><c>field: value</c> (equals), <c>field: [a, b]</c> (one-of) or <c>field: { operator: value }</c>, as far as the operators apply.</summary>
    private static JsonObject Field(FieldType type)
    {
        var applies = OperatorCatalog.All.Values.Where(o => o.AppliesTo.Contains(type)).Select(o => o.Kind).ToHashSet();
        var forms = new JsonArray();
        var described = new List<string>();
        if (applies.Contains(OperatorKind.Equals))
        {
            forms.Add(Ref("value-" + TypeName(type)));
            described.Add("a value (equals)");
        }

        if (applies.Contains(OperatorKind.OneOf))
        {
            forms.Add(new JsonObject { ["type"] = "array", ["items"] = Ref("literal-" + TypeName(type)) });
            described.Add("a list (one of)");
        }

        forms.Add(Ref("operators-" + TypeName(type)));
        described.Add("{ operator: value }");
        return new JsonObject
        {
            ["description"] = $"A test on a {FieldTypes.DisplayName(type)} field: {string.Join(", ", described)}.",
            ["anyOf"] = forms,
        };
    }

    private static JsonObject Conditions(string description) => new()
    {
        ["description"] = description,
        ["type"] = "array",
        ["minItems"] = 1,
        ["items"] = Ref("condition"),
    };

    private static JsonObject Required(string name) => new() { ["required"] = new JsonArray(name) };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = Definitions + definition };

    private static JsonObject Described(string description, JsonObject schema)
    {
        var result = new JsonObject { ["description"] = description };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            result[key] = value;
        }

        return result;
    }
}
