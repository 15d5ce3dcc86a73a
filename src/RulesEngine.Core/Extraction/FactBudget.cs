using System.Collections.Immutable;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>Keeps at most a budget of distinct facts per kind, in the order offered, and counts what it cuts.</summary>
internal sealed class FactBudget(int maxPerKind)
{
    private static readonly Dictionary<Type, string> KindNames =
        FactCatalog.BuiltIn.Values.Where(k => !k.IsInferred).ToDictionary(k => k.ClrType, k => k.Name);

    private readonly ImmutableArray<Fact>.Builder _kept = ImmutableArray.CreateBuilder<Fact>();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Dropped, Evidence First)> _cut = new(StringComparer.Ordinal);

    public void Offer(Fact fact)
    {
        var kind = KindNames[fact.GetType()];
        var count = _counts.GetValueOrDefault(kind);
        if (count < maxPerKind)
        {
            _counts[kind] = count + 1;
            _kept.Add(fact);
        }
        else
        {
            _cut[kind] = _cut.TryGetValue(kind, out var cut) ? (cut.Dropped + 1, cut.First) : (1, fact.Evidence);
        }
    }

    private readonly List<FactBudgetCut> _hitCuts = [];

    /// <summary>Records keyword hits an input had beyond the hit budget.</summary>
    public void Cut(FactBudgetCut hits) => _hitCuts.Add(hits);

    public ExtractedFacts Result() => new(
        _kept.ToImmutable(),
        [.. _hitCuts, .. _cut.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new FactBudgetCut(c.Key, maxPerKind, c.Value.Dropped, c.Value.First))]);
}
