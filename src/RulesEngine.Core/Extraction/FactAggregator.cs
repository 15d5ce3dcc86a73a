using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>Folds the repeats of one input's facts into one fact each: facts of a kind that agree on the kind's identity
/// fields (<see cref="FactKind.IdentityFields"/>) become the first of them, with the count, and the evidence and time of
/// the last. A trace log that repeats its failure on every retry gives one fact per symptom, whatever its length.</summary>
internal static class FactAggregator
{
    private static readonly Dictionary<Type, (string Kind, FactField[] Fields)> IdentityByType = FactCatalog.BuiltIn.Values
        .Where(k => !k.IsInferred)
        .ToDictionary(k => k.ClrType, k => (k.Name, k.IdentityFields.Select(f => k.Fields[f]).ToArray()));

    /// <summary>The identity of each fact of <paramref name="facts"/>.</summary>
    public static UInt128[] Keys(List<LocatedFact> facts, CancellationToken cancellation = default)
    {
        var hash = new IdentityHash();
        var keys = new UInt128[facts.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            keys[i] = KeyOf(facts[i].Fact, hash);
        }

        return keys;
    }

    /// <summary>The distinct facts of <paramref name="facts"/> (one input, in position order, each with its identity from
    /// <see cref="Keys"/>), each at its first occurrence.</summary>
    public static List<Fact> Aggregate(IReadOnlyList<(Fact Fact, UInt128 Identity)> facts)
    {
        var groups = new Dictionary<UInt128, int>();
        var distinct = new List<(Fact First, int Count, Fact Last, bool Quoted)>();
        foreach (var (fact, key) in facts)
        {
            if (groups.TryGetValue(key, out var index))
            {
                // Quoted only while every occurrence is: one in the newest message makes the fact current, wherever it is.
                var group = distinct[index];
                distinct[index] = (group.First, group.Count + 1, fact, group.Quoted && fact.Evidence.Quoted);
            }
            else
            {
                groups.Add(key, distinct.Count);
                distinct.Add((fact, 1, fact, fact.Evidence.Quoted));
            }
        }

        // Only the kept occurrences get their excerpts made; the repeats' evidence goes with them.
        return [.. distinct.Select(d => d.Count == 1 ? d.First with { Evidence = d.First.Evidence.Materialized(), Quoted = d.Quoted } : d.First with
        {
            Evidence = d.First.Evidence.Materialized(),
            Seen = new Occurrences(d.Count, d.Last.Evidence.Materialized(), (d.Last as LogEntry)?.Time),
            Quoted = d.Quoted,
        })];
    }

    private static UInt128 KeyOf(Fact fact, IdentityHash hash)
    {
        var (kind, fields) = IdentityByType[fact.GetType()];
        hash.Start(kind);
        foreach (var field in fields)
        {
            field.AppendIdentity(fact, hash);
        }

        return hash.Result();
    }
}
