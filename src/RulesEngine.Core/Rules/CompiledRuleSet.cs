using System.Collections.Frozen;
using System.Collections.Immutable;
using NRules;

namespace RulesEngine.Core.Rules;

/// <summary>The compiled rules: one session factory per partition (<see cref="RulePartitioner"/>), and which partitions a
/// ticket's signals activate. Immutable and thread-safe, like the factories.</summary>
internal sealed class CompiledRuleSet
{
    private readonly ImmutableArray<int> _always;
    private readonly FrozenDictionary<string, ImmutableArray<int>> _byKey;

    public CompiledRuleSet(IReadOnlyList<(ISessionFactory Factory, FrozenSet<string>? Keys)> partitions)
    {
        Factories = [.. partitions.Select(p => p.Factory)];
        _always = [.. partitions.Select((p, i) => (p, i)).Where(x => x.p.Keys is null).Select(x => x.i)];
        _byKey = partitions.SelectMany((p, i) => (p.Keys ?? []).Select(k => (Key: k, Index: i)))
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Index).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every partition's factory, in partition order.</summary>
    public ImmutableArray<ISessionFactory> Factories { get; }

    /// <summary>The factories of the partitions that can fire on a ticket with <paramref name="signalNames"/>: those always
    /// active, and those keyed by one of the names; in partition order, each once.</summary>
    public IReadOnlyList<ISessionFactory> For(IEnumerable<string> signalNames)
    {
        if (_byKey.Count == 0)
        {
            return Factories;
        }

        var active = new SortedSet<int>(_always);
        foreach (var name in signalNames)
        {
            if (_byKey.TryGetValue(name, out var partitions))
            {
                active.UnionWith(partitions);
            }
        }

        return [.. active.Select(i => Factories[i])];
    }
}
