using System.Collections.Frozen;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules;

/// <summary>Splits rules into groups that a ticket activates by the signals it shows, so a fact reaches only the rules that
/// can match it. A rule whose <c>when</c> requires a signal by name (<c>signal: { name: x }</c>, or one of a list) can fire
/// only when the ticket has that signal: it is keyed by the names. Rules that infer a kind and the rules that test it stay
/// in one group, so chaining and truth maintenance work as in one session; a group with an unkeyed rule is always active.
/// Keyed groups are packed into buckets of about <see cref="BucketSize"/> rules (one compiled session factory each).</summary>
internal static class RulePartitioner
{
    /// <summary>Below this many rules one session factory is cheaper than several.</summary>
    public const int MinRulesToPartition = 256;

    /// <summary>About how many rules one keyed bucket holds.</summary>
    public const int BucketSize = 64;

    /// <summary>The groups: each with its rules (in their order) and the signal names that activate it (null: always).</summary>
    public static List<(List<RuleNode> Rules, FrozenSet<string>? Keys)> Partition(IReadOnlyList<RuleNode> rules)
    {
        if (rules.Count < MinRulesToPartition)
        {
            return [([.. rules], null)];
        }

        var components = Components(rules);
        var always = new List<RuleNode>();
        var keyed = new List<(List<RuleNode> Rules, HashSet<string> Keys)>();
        foreach (var component in components)
        {
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var allKeyed = true;
            foreach (var rule in component)
            {
                if (Keys(rule) is { } own)
                {
                    keys.UnionWith(own);
                }
                else
                {
                    allKeyed = false;
                    break;
                }
            }

            if (allKeyed)
            {
                keyed.Add((component, keys));
            }
            else
            {
                always.AddRange(component);
            }
        }

        var result = new List<(List<RuleNode>, FrozenSet<string>?)>();
        if (always.Count > 0)
        {
            result.Add((Ordered(always, rules), null));
        }

        // Components are packed in order of their first key, so one bucket holds the rules of neighbouring keys.
        var bucketCount = Math.Max(1, (keyed.Sum(k => k.Rules.Count) + BucketSize - 1) / BucketSize);
        foreach (var bucket in keyed.GroupBy(k => (int)((uint)StringComparer.OrdinalIgnoreCase.GetHashCode(k.Keys.Min(StringComparer.OrdinalIgnoreCase)!) % (uint)bucketCount)))
        {
            var bucketRules = bucket.SelectMany(k => k.Rules).ToList();
            result.Add((Ordered(bucketRules, rules), bucket.SelectMany(k => k.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase)));
        }

        return result;
    }

    /// <summary>The signal names one of which a rule's <c>when</c> requires; null when it requires none by name.</summary>
    internal static IReadOnlyList<string>? Keys(RuleNode rule)
    {
        foreach (var condition in rule.When)
        {
            if (condition is FactCondition { Kind.Value: "signal" } signal && Names(signal.Test) is { Count: > 0 } names)
            {
                return names;
            }
        }

        return null;
    }

    // The names a signal test requires: name equals X, or name one of [X, Y], possibly among other field tests.
    private static List<string>? Names(FieldTest test) => test switch
    {
        FieldComparison { Field.Value: "name", Operator.Value: "equals", Operand: ScalarOperand scalar } => [scalar.Text],
        FieldComparison { Field.Value: "name", Operator.Value: "one-of", Operand: ListOperand list } => [.. list.Items.Select(i => i.Text)],
        FieldTestGroup { Kind: GroupKind.All } group => group.Items.Select(Names).FirstOrDefault(n => n is not null),
        _ => null,
    };

    // Rules linked by an inferred kind (one infers it, another tests it, present or absent) are one component.
    private static List<List<RuleNode>> Components(IReadOnlyList<RuleNode> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var producers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Conclusion is InferConclusion infer)
            {
                if (producers.TryGetValue(infer.Kind.Value, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    producers[infer.Kind.Value] = i;
                }
            }
        }

        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var kind in rules[i].When.Concat(rules[i].Confirm).SelectMany(ConditionPatterns.Of).Select(p => p.Kind.Value))
            {
                if (producers.TryGetValue(kind, out var producer))
                {
                    parent[Find(i)] = Find(producer);
                }
            }
        }

        return [.. Enumerable.Range(0, rules.Count).GroupBy(Find).Select(g => g.Select(i => rules[i]).ToList())];
    }

    private static List<RuleNode> Ordered(List<RuleNode> subset, IReadOnlyList<RuleNode> all)
    {
        var set = subset.ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. all.Where(set.Contains)];
    }
}
