using System.Collections.Frozen;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Translation;

internal sealed partial class RuleTranslator
{
    /// <summary>One probe rule per top-level condition of <paramref name="rule"/>: the condition alone, preceded by the
    /// <c>when</c> conditions whose bindings it references (transitively). A probe that fires shows its condition held.</summary>
    public IEnumerable<IRuleDefinition> TranslateProbes(RuleNode rule)
    {
        var sections = new[] { ("when", rule.When), ("confirm", rule.Confirm) };
        foreach (var (section, conditions) in sections)
        {
            for (var i = 0; i < conditions.Count; i++)
            {
                var prerequisites = Prerequisites(rule.When, conditions[i]);
                var names = prerequisites.SelectMany(DeclaredBindings).ToHashSet(StringComparer.Ordinal);
                yield return BuildProbe(new ProbeInfo(rule, section, i, conditions[i], names), prerequisites);
            }
        }
    }

    private IRuleDefinition BuildProbe(ProbeInfo info, IReadOnlyList<ConditionNode> prerequisites)
    {
        var builder = new RuleBuilder();
        builder.Name(info.Name);
        builder.Property(ProbeInfo.PropertyName, info);
        var scope = new TranslationScope(FrozenSet<string>.Empty);
        var lhs = builder.LeftHandSide();
        foreach (var condition in prerequisites.Append(info.Condition))
        {
            AddCondition(new GroupTarget(lhs), condition, scope);
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        builder.RightHandSide().Action(Expression.Lambda(Expression.Empty(), context));
        return builder.Build();
    }

    /// <summary>The <c>when</c> conditions (in order) that declare the bindings <paramref name="condition"/> references, transitively.</summary>
    private static List<ConditionNode> Prerequisites(IReadOnlyList<ConditionNode> when, ConditionNode condition)
    {
        var needed = new HashSet<string>(BindingReferences.Of(condition), StringComparer.Ordinal);
        var chosen = new HashSet<ConditionNode>();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var candidate in when.Where(c => !ReferenceEquals(c, condition) && !chosen.Contains(c)))
            {
                if (DeclaredBindings(candidate).Any(needed.Contains))
                {
                    chosen.Add(candidate);
                    needed.UnionWith(BindingReferences.Of(candidate));
                    changed = true;
                }
            }
        }

        return [.. when.Where(chosen.Contains)];
    }

    private static IEnumerable<string> DeclaredBindings(ConditionNode condition) => condition switch
    {
        FactCondition { Binding: { } binding } => [binding.Value],
        ConditionGroup { Kind: GroupKind.All } group => group.Items.SelectMany(DeclaredBindings),
        _ => [],
    };
}
