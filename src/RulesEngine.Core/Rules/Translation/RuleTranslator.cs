using System.Collections.Frozen;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>Translates validated YAML rules into NRules rule definitions by building expression trees.
/// A finding rule with a <c>confirm</c> list becomes two NRules rules: <c>when</c> alone (suspected) and
/// <c>when</c> plus any <c>confirm</c> item (confirmed); the session keeps the stronger finding.</summary>
/// <remarks>Only call on rules that passed <see cref="RuleValidator"/>: names are looked up without checks.</remarks>
internal sealed partial class RuleTranslator(FactSchema schema)
{
    /// <summary>The NRules definitions for one rule.</summary>
    public IReadOnlyList<IRuleDefinition> Translate(RuleNode rule) => rule.Conclusion switch
    {
        FindingConclusion finding when rule.Confirm.Count > 0 =>
        [
            Build(rule, FindingStatus.Suspected, finding, includeConfirm: false),
            Build(rule, FindingStatus.Confirmed, finding, includeConfirm: true),
        ],
        FindingConclusion finding =>
            [Build(rule, finding.Status?.Value == "confirmed" ? FindingStatus.Confirmed : FindingStatus.Suspected, finding, includeConfirm: false)],
        InferConclusion => [Build(rule, null, rule.Conclusion, includeConfirm: false)],
        _ => throw new InvalidOperationException($"unknown conclusion {rule.Conclusion.GetType().Name}"),
    };

    // Below every rule's default of 0: a family's guess waits until every rule that can conclude has concluded.
    private const int FamilyPriority = -1000;

    private IRuleDefinition Build(RuleNode rule, FindingStatus? status, ConclusionNode conclusion, bool includeConfirm)
    {
        var builder = new RuleBuilder();
        builder.Name(new CompiledRuleInfo(rule, status).Name);
        builder.Description(rule.Title ?? rule.Id.Value);

        var scope = new TranslationScope(BindingReferences.Of(rule));
        var lhs = builder.LeftHandSide();
        foreach (var condition in rule.When)
        {
            AddCondition(new GroupTarget(lhs, isRoot: true), condition, scope);
        }

        if (conclusion is FindingConclusion { Family: not null })
        {
            AddNoStandingFinding(lhs);
            builder.Priority(FamilyPriority);
        }

        var whenBindings = scope.Names.Count;
        if (includeConfirm)
        {
            var target = rule.Confirm.Count == 1 ? new GroupTarget(lhs, isRoot: true) : new GroupTarget(lhs.Group(GroupType.Or));
            foreach (var condition in rule.Confirm)
            {
                AddCondition(target, condition, scope);
            }
        }

        // The confirming facts are the strongest evidence: the action puts them first.
        var confirming = scope.Names.Skip(whenBindings).ToHashSet(StringComparer.Ordinal);
        var info = new CompiledRuleInfo(rule, status)
        {
            Values = conclusion is InferConclusion infer ? InferredValues(infer, scope) : [],
            Confirming = confirming.ToFrozenSet(StringComparer.Ordinal),
        };
        builder.Property(CompiledRuleInfo.PropertyName, info);
        builder.RightHandSide().Action(BuildAction(conclusion));
        return builder.Build();
    }

    // A family guesses only while no rule's own finding stands; one that appears later retracts the guess.
    private static void AddNoStandingFinding(GroupBuilder lhs)
    {
        const string Name = "standing";
        var finding = Expression.Parameter(typeof(Finding), Name);
        lhs.Not().Pattern(typeof(Finding), Name).Condition(Expression.Lambda(
            Expression.Equal(Expression.Property(finding, nameof(Finding.Family)), Expression.Constant(null, typeof(string))),
            finding));
    }
}
