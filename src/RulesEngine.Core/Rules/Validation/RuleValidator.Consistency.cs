using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    /// <summary>Reports literal comparisons on one field of one condition that no value can satisfy together.</summary>
    private static void CheckContradictions(FactCondition condition, FactKind kind, DiagnosticBag bag)
    {
        var tests = condition.Test is FieldTestGroup { Kind: GroupKind.All } all ? all.Items : [condition.Test];
        var comparisons = tests.SelectMany(t => t is FieldTestGroup { Kind: GroupKind.All } g ? g.Items : [t]).OfType<FieldComparison>();
        var constraints = new Dictionary<string, FieldConstraint>(StringComparer.Ordinal);
        foreach (var comparison in comparisons)
        {
            if (!kind.Fields.TryGetValue(comparison.Field.Value, out var field) || !Literal(comparison, field.Type, out var value, out var values))
            {
                continue;
            }

            var constraint = constraints.TryGetValue(field.Name, out var existing) ? existing : constraints[field.Name] = new FieldConstraint();
            if (constraint.Add(comparison.Operator.Value, value, values, comparison) is { } earlier)
            {
                bag.Error(DiagnosticCode.ContradictoryConditions, comparison.Operator.Span, $"'{field.Name}: {comparison.Operator.Value}' contradicts the condition on '{field.Name}' at ({earlier.Operator.Span.Line},{earlier.Operator.Span.Column}): no fact can pass both, so the rule can never fire");
                constraints[field.Name] = new FieldConstraint(); // one report per clash
            }
        }
    }

    /// <summary>The comparison's literal operand(s), converted; false for references, regexes and invalid values.</summary>
    private static bool Literal(FieldComparison comparison, FieldType type, out object? value, out IReadOnlyList<object>? values)
    {
        value = null;
        values = null;
        switch (comparison.Operand)
        {
            case ScalarOperand scalar when comparison.Operator.Value == "exists":
                return LiteralConverter.TryConvert(scalar, FieldType.Boolean, out value, out _);
            case ScalarOperand scalar when comparison.Operator.Value == "one-of":
                values = LiteralConverter.TryConvert(scalar, type, out var single, out _) ? [single!] : null;
                return values is not null;
            case ScalarOperand scalar when comparison.Operator.Value is not ("matches" or "contains" or "starts-with" or "ends-with" or "includes"):
                return LiteralConverter.TryConvert(scalar, type, out value, out _);
            case ListOperand list when comparison.Operator.Value == "one-of":
                var converted = list.Items.Select(i => LiteralConverter.TryConvert(i, type, out var v, out _) ? v : null).ToList();
                values = converted.All(v => v is not null) ? converted.OfType<object>().ToList() : null;
                return values is not null;
            default:
                return false;
        }
    }

    /// <summary>Reports rules that infer facts from each other in a circle (A is inferred from B, B from A).</summary>
    private static void CheckInferenceCycles(IReadOnlyList<RuleNode> rules, FactSchema schema, DiagnosticBag bag)
    {
        var producers = rules.Where(r => r.Conclusion is InferConclusion).ToList();
        var edges = producers.ToDictionary(
            r => r,
            r => r.When.Concat(r.Confirm).SelectMany(ConditionPatterns.Of).Select(p => p.Kind.Value).Where(schema.Inferred.ContainsKey).ToHashSet(StringComparer.Ordinal));
        var producersOf = producers.GroupBy(r => ((InferConclusion)r.Conclusion).Kind.Value).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var rule in producers)
        {
            var start = ((InferConclusion)rule.Conclusion).Kind.Value;
            if (PathBack(start, start, edges, producersOf, []) is { } cycle)
            {
                var infer = (InferConclusion)rule.Conclusion;
                bag.Error(DiagnosticCode.InferenceCycle, infer.Kind.Span, $"inference cycle: {string.Join(" ← ", cycle.Prepend(start))}: each of these facts is inferred from the next; break the circle");
            }
        }
    }

    /// <summary>A chain of kinds that <paramref name="kind"/> is (transitively) inferred from and that ends at <paramref name="target"/>.</summary>
    private static List<string>? PathBack(string kind, string target, Dictionary<RuleNode, HashSet<string>> edges, Dictionary<string, List<RuleNode>> producersOf, HashSet<string> visited)
    {
        foreach (var source in producersOf.GetValueOrDefault(kind, []).SelectMany(r => edges[r]))
        {
            if (source == target)
            {
                return [source];
            }

            if (visited.Add(source) && PathBack(source, target, edges, producersOf, visited) is { } rest)
            {
                return [source, .. rest];
            }
        }

        return null;
    }

}
