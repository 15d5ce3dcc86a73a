using System.Linq.Expressions;
using NRules.RuleModel;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>The declarations made so far while one rule is translated: binding name → declaration and kind.</summary>
/// <param name="referenced">The bindings the rule refers to anywhere (<c>$name</c>); a pattern nobody refers to can be
/// matched as a collection.</param>
internal sealed class TranslationScope(IReadOnlySet<string> referenced)
{
    private readonly Dictionary<string, (Declaration Declaration, FactKind Kind)> _bindings = new(StringComparer.Ordinal);
    private readonly Dictionary<Declaration, ParameterExpression> _parameters = [];
    private readonly List<string> _names = [];
    private int _anonymous;

    /// <summary>The last pattern declared in the rule's own and-group, which the next one there joins with.</summary>
    public Declaration? LastRoot { get; set; }

    /// <summary>True when a condition or the conclusion refers to <paramref name="name"/>.</summary>
    public bool IsReferenced(string name) => referenced.Contains(name);

    /// <summary>A name for a condition the author did not name.</summary>
    public string NextAnonymousName() => "_" + ++_anonymous;

    /// <summary>The binding names declared so far, in declaration order.</summary>
    public IReadOnlyList<string> Names => _names;

    public void Add(string name, Declaration declaration, FactKind kind)
    {
        if (!_bindings.ContainsKey(name))
        {
            _names.Add(name);
        }

        _bindings[name] = (declaration, kind);
    }

    /// <summary>The binding's parameter: the same expression each time, so a condition that names a binding twice
    /// (<c>{ after: $import.time, within: 24h }</c>) declares it once.</summary>
    public (ParameterExpression Parameter, FactKind Kind) Resolve(string name)
    {
        var (declaration, kind) = _bindings[name];
        if (!_parameters.TryGetValue(declaration, out var parameter))
        {
            _parameters[declaration] = parameter = declaration.ToParameterExpression();
        }

        return (parameter, kind);
    }
}
