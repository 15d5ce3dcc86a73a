using System.Collections.Concurrent;
using System.Reflection;
using NRules.Aggregators;
using NRules.RuleModel;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>The aggregator of an existence test: NRules' own collect aggregator compiles a constructor lambda with
/// System.Linq.Expressions for every aggregate node (most of a large knowledge base's build); this one makes the
/// aggregator of each fact type from one cached delegate.</summary>
/// <remarks>NRules creates it by reflection (<c>Activator.CreateInstance</c>), hence the public constructor.</remarks>
internal sealed class ExistenceAggregatorFactory : IAggregatorFactory
{
    /// <summary>The aggregator's name in the rule model.</summary>
    public const string Name = "Existence";

    private static readonly ConcurrentDictionary<Type, Func<IAggregator>> Creators = new();

    private static readonly MethodInfo NewMethod = typeof(ExistenceAggregatorFactory).GetMethod(nameof(New), BindingFlags.NonPublic | BindingFlags.Static)!;

    private Func<IAggregator>? _create;

    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions) =>
        _create = Creators.GetOrAdd(element.Source.ValueType, static type => NewMethod.MakeGenericMethod(type).CreateDelegate<Func<IAggregator>>());

    public IAggregator Create(AggregationContext context) => _create!();

    private static ExistenceAggregator<T> New<T>() => new();
}
