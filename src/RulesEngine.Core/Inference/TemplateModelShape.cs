using RulesEngine.Core.Facts;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Inference;

/// <summary>The shape of the model <see cref="TemplateModelBuilder"/> gives an article's template, so templates can be
/// checked at load. Kept beside the builder: a name added there is added here.</summary>
internal static class TemplateModelShape
{
    private static readonly TemplateShape Evidence = TemplateShape.Record("input", "line", "column", "text");

    /// <summary>The model's shape for an article concluded by <paramref name="rules"/>.</summary>
    public static IReadOnlyDictionary<string, TemplateShape> For(IEnumerable<RuleNode> rules, FactSchema schema)
    {
        var bound = new Dictionary<string, TemplateShape>(StringComparer.Ordinal);
        foreach (var condition in rules.SelectMany(r => r.When.Concat(r.Confirm)).SelectMany(ConditionPatterns.Of))
        {
            if (condition.Binding is { } binding)
            {
                // An unknown kind is reported by the rule validator already; do not cascade into the template.
                bound[binding.Value] = schema.Find(condition.Kind.Value) is { } kind ? Fact(kind) : TemplateShape.Open;
            }
        }

        var package = TemplateShape.Record("id", "name", "vendor", "url", "aliases");
        var mentioned = TemplateShape.Record(new Dictionary<string, TemplateShape>(package.Members!, StringComparer.Ordinal) { ["alternatives"] = TemplateShape.List(package) });
        return new Dictionary<string, TemplateShape>(StringComparer.Ordinal)
        {
            ["article"] = TemplateShape.Record(new Dictionary<string, TemplateShape>(StringComparer.Ordinal)
            {
                ["id"] = TemplateShape.Open, ["title"] = TemplateShape.Open, ["product"] = TemplateShape.Open, ["component"] = TemplateShape.Open,
                ["source"] = TemplateShape.Open, ["keywords"] = TemplateShape.List(TemplateShape.Open),
                ["see_also"] = TemplateShape.List(TemplateShape.Record("title", "url")),
            }),
            ["finding"] = TemplateShape.Record(new Dictionary<string, TemplateShape>(StringComparer.Ordinal)
            {
                ["article"] = TemplateShape.Open, ["rule"] = TemplateShape.Open, ["status"] = TemplateShape.Open, ["confirmed"] = TemplateShape.Open,
                ["confidence"] = TemplateShape.Open, ["questions"] = TemplateShape.List(TemplateShape.Open), ["evidence"] = TemplateShape.List(Evidence),
            }),
            ["bound"] = TemplateShape.Record(bound),
            ["facts"] = TemplateShape.Record(schema.Names.Select(n => schema.Find(n)!).ToDictionary(k => k.TemplateName, k => TemplateShape.List(Fact(k)), StringComparer.Ordinal)),
            ["packages"] = TemplateShape.List(mentioned),
            ["catalog"] = TemplateShape.Record(new Dictionary<string, TemplateShape>(StringComparer.Ordinal) { ["packages"] = TemplateShape.List(mentioned) }),
            ["now"] = TemplateShape.Open,
        };
    }

    private static TemplateShape Fact(FactKind kind)
    {
        var members = kind.Fields.ToDictionary(f => f.Key, _ => TemplateShape.Open, StringComparer.Ordinal);
        members["kind"] = TemplateShape.Open;
        members["evidence"] = Evidence;
        return TemplateShape.Record(members);
    }

}
