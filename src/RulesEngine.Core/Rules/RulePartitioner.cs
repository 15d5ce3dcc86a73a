using System.Collections.Frozen;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules;

/// <summary>Splits rules into groups that a ticket activates by the signals it shows, so a fact reaches only the rules that
/// can match it. A rule can fire only when the ticket has a fact of each kind its <c>when</c> requires: it is keyed by a
/// required signal's name (<c>signal: { name: x }</c>, or one of a list), else by a required built-in kind. Rules that infer a kind and the rules that test it stay
/// in one group, so chaining and truth maintenance work as in one session; a group with an unkeyed rule is always active.
/// Keyed groups are packed into buckets of about <see cref="BucketSize"/> rules (one compiled session factory each).</summary>
internal static class RulePartitioner
{
    /// <summary>About how many rules one keyed bucket holds.</summary>
    public const int BucketSize = 8;

    /// <summary>The groups: each with its rules (in their order) and the signal names that activate it (null: always).</summary>
    public static List<(List<RuleNode> Rules, FrozenSet<string>? Keys)> Partition(IReadOnlyList<RuleNode> rules)
    {
        var keysOf = Keys(rules);
        var components = Components(rules);
        var always = new List<RuleNode>();
        var keyed = new List<(List<RuleNode> Rules, HashSet<string> Keys)>();
        foreach (var component in components)
        {
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var allKeyed = true;
            foreach (var rule in component)
            {
                if (keysOf[rule] is { } own)
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

    /// <summary>The activation keys of each rule (null: none, always active). A rule's <c>when</c> can hold only when the
    /// ticket has a fact of each kind it requires: its key is a required signal's name (<c>signal:NAME</c>, any of a list)
    /// or else a required built-in kind (<c>kind:KIND</c>); a rule that requires an inferred kind has the keys of the rules
    /// that infer it.</summary>
    internal static Dictionary<RuleNode, IReadOnlyList<string>?> Keys(IReadOnlyList<RuleNode> rules)
    {
        var keys = new Dictionary<RuleNode, IReadOnlyList<string>?>(ReferenceEqualityComparer.Instance);
        foreach (var rule in rules)
        {
            keys[rule] = DirectKeys(rule);
        }

        var producers = rules.Where(r => r.Conclusion is InferConclusion).ToLookup(r => ((InferConclusion)r.Conclusion).Kind.Value, StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var rule in rules.Where(r => keys[r] is null))
            {
                foreach (var kind in rule.When.OfType<FactCondition>().Select(c => c.Kind.Value).Where(k => producers.Contains(k)))
                {
                    var from = producers[kind].Select(p => keys[p]).ToList();
                    if (from.TrueForAll(k => k is not null))
                    {
                        keys[rule] = [.. from.SelectMany(k => k!).Distinct(StringComparer.OrdinalIgnoreCase)];
                        changed = true;
                        break;
                    }
                }
            }
        }

        return keys;
    }

    private static IReadOnlyList<string>? DirectKeys(RuleNode rule)
    {
        var positive = rule.When.OfType<FactCondition>().ToList();
        foreach (var signal in positive.Where(c => c.Kind.Value == "signal"))
        {
            if (Names(signal.Test) is { Count: > 0 } names)
            {
                return [.. names.Select(SignalKey)];
            }
        }

        return positive.FirstOrDefault(c => Facts.FactCatalog.BuiltIn.ContainsKey(c.Kind.Value)) is { } fact ? [KindKey(fact.Kind.Value)] : null;
    }

    /// <summary>The keys a ticket's <paramref name="facts"/> activate: each signal's name and each fact's kind.</summary>
    public static HashSet<string> KeysOf(IReadOnlyList<Facts.Fact> facts)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fact in facts)
        {
            keys.Add(KindKeys[fact.GetType()]);
            if (fact is Facts.Signal signal)
            {
                keys.Add(SignalKey(signal.Name));
            }
        }

        return keys;
    }

    private static readonly FrozenDictionary<Type, string> KindKeys = Facts.FactCatalog.BuiltIn.Values
        .Where(k => !k.IsInferred)
        .ToFrozenDictionary(k => k.ClrType, k => KindKey(k.Name));

    /// <summary>The key of a ticket's signal <paramref name="name"/>.</summary>
    public static string SignalKey(string name) => "signal:" + name;

    /// <summary>The key of a ticket's fact of built-in kind <paramref name="kind"/>.</summary>
    public static string KindKey(string kind) => "kind:" + kind;

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
