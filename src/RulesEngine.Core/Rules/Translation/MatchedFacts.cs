using System.Collections;
using NRules.RuleModel;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>The facts an existence test matched, in arrival order, with their NRules handles: what the rule's
/// <c>IEnumerable&lt;T&gt;</c> pattern sees.</summary>
internal sealed class MatchedFacts<T> : IEnumerable<T>
{
    private readonly Dictionary<IFact, (LinkedListNode<IFact> Fact, LinkedListNode<T> Element)> _nodes = [];
    private readonly LinkedList<IFact> _facts = new();
    private readonly LinkedList<T> _elements = new();

    /// <summary>The handles, in the elements' order.</summary>
    public IEnumerable<IFact> Facts => _facts;

    public void Add(IFact fact, T element) => _nodes[fact] = (_facts.AddLast(fact), _elements.AddLast(element));

    public void Replace(IFact fact, T element) => _nodes[fact].Element.Value = element;

    public void Remove(IFact fact)
    {
        var (factNode, elementNode) = _nodes[fact];
        _facts.Remove(factNode);
        _elements.Remove(elementNode);
        _nodes.Remove(fact);
    }

    public IEnumerator<T> GetEnumerator() => _elements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
