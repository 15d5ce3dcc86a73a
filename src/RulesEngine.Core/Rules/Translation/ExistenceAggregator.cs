using NRules.Aggregators;
using NRules.RuleModel;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>Folds the facts that match an existence test into one collection, in the order they arrived: the same result
/// object throughout (added once, then modified), so the rule holds one activation however many facts match.</summary>
internal sealed class ExistenceAggregator<T> : IAggregator
{
    private readonly MatchedFacts<T> _items = new();
    private bool _created;

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        foreach (var fact in facts)
        {
            _items.Add(fact, (T)fact.Value!);
        }

        if (_created)
        {
            return [AggregationResult.Modified(_items, _items, _items.Facts)];
        }

        _created = true;
        return [AggregationResult.Added(_items, _items.Facts)];
    }

    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        foreach (var fact in facts)
        {
            _items.Replace(fact, (T)fact.Value!);
        }

        return [AggregationResult.Modified(_items, _items, _items.Facts)];
    }

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        foreach (var fact in facts)
        {
            _items.Remove(fact);
        }

        return [AggregationResult.Modified(_items, _items, _items.Facts)];
    }
}
