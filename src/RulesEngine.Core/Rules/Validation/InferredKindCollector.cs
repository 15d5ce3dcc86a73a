using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Validation;

/// <summary>Derives the inferred fact kinds from the rules that infer them: a kind's fields are the union of the
/// fields its rules set, each typed by the value assigned (a literal's type, or the referenced field's type). A value
/// may come from another inferred fact, at any depth: the kinds are collected until no pass adds a field.</summary>
internal static class InferredKindCollector
{
    public static IReadOnlyDictionary<string, FactKind> Collect(IEnumerable<RuleNode> rules, DiagnosticBag bag)
    {
        var all = rules.ToList();
        var fields = new Dictionary<string, Dictionary<string, FieldType>>(StringComparer.Ordinal);

        // Each pass can type the fields copied from kinds typed in the pass before; a chain of n kinds needs n passes.
        for (var pass = 0; pass <= all.Count && Collect(all, fields, bag: null); pass++)
        {
        }

        Collect(all, fields, bag);
        return Kinds(fields);
    }

    // One pass over the rules; true when it typed a field it had not typed before. Errors are reported only with a bag.
    private static bool Collect(List<RuleNode> rules, Dictionary<string, Dictionary<string, FieldType>> fields, DiagnosticBag? bag)
    {
        var added = false;
        var inferred = Kinds(fields);
        foreach (var rule in rules)
        {
            if (rule.Conclusion is not InferConclusion infer)
            {
                continue;
            }

            var kind = infer.Kind.Value;
            if (FactCatalog.BuiltIn.ContainsKey(kind))
            {
                bag?.Error(DiagnosticCode.InferredKindClash, infer.Kind.Span, $"'{kind}' is a built-in fact kind; rules cannot infer it: choose another name");
                continue;
            }

            var known = fields.TryGetValue(kind, out var existing) ? existing : fields[kind] = new(StringComparer.Ordinal);
            var bindings = BindingTypes(rule, inferred);
            foreach (var assignment in infer.Fields)
            {
                if (TypeOf(assignment.Value, bindings) is not { } type)
                {
                    // An unknown binding or field is reported by the validator. The field still exists (as text, on the
                    // last pass), so the rules that test it get no second error for the same typo.
                    if (bag is not null)
                    {
                        known.TryAdd(assignment.Field.Value, FieldType.Text);
                    }

                    continue;
                }

                if (known.TryGetValue(assignment.Field.Value, out var before) && before != type)
                {
                    bag?.Error(DiagnosticCode.InvalidValue, assignment.Value.Span, $"'{kind}.{assignment.Field.Value}' is {FieldTypes.DisplayName(before)} in another rule and {FieldTypes.DisplayName(type)} here: use one type");
                    continue;
                }

                added |= known.TryAdd(assignment.Field.Value, type);
            }
        }

        return added;
    }

    private static Dictionary<string, FactKind> Kinds(Dictionary<string, Dictionary<string, FieldType>> fields) =>
        fields.ToDictionary(
            k => k.Key,
            k => FactCatalog.Inferred(k.Key, k.Value, $"Inferred by rules: {k.Key}."),
            StringComparer.Ordinal);

    // The kinds of the facts a rule binds (also inside all-groups), built-in or inferred.
    private static Dictionary<string, FactKind> BindingTypes(RuleNode rule, Dictionary<string, FactKind> inferred)
    {
        var result = new Dictionary<string, FactKind>(StringComparer.Ordinal);
        foreach (var condition in rule.When.SelectMany(ConditionPatterns.Of))
        {
            if (condition.Binding is { } binding
                && (FactCatalog.BuiltIn.TryGetValue(condition.Kind.Value, out var kind) || inferred.TryGetValue(condition.Kind.Value, out kind)))
            {
                result[binding.Value] = kind;
            }
        }

        return result;
    }

    private static FieldType? TypeOf(Operand value, Dictionary<string, FactKind> bindings) => value switch
    {
        ScalarOperand scalar => LiteralConverter.InferType(scalar),
        ReferenceOperand { Field: null } reference when bindings.ContainsKey(reference.Binding) => FieldType.Fact,
        ReferenceOperand reference when bindings.TryGetValue(reference.Binding, out var kind)
            && kind.Fields.TryGetValue(reference.Field!, out var field) => field.Type,
        ListOperand => FieldType.Text,
        _ => null,
    };
}
