using System.Collections.Immutable;
using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>The engine's own rule that makes inferred facts one per distinct set of values: it groups the claims of
/// every infer rule's matches by the fact they claim and links one <see cref="InferredFact"/> to each group. NRules keeps
/// the groups as claims come and go, so the fact is updated while any claim stands and retracted with the last one.</summary>
internal static class InferenceMerge
{
    /// <summary>The rule's name; it carries no <see cref="CompiledRuleInfo"/>, so traces and reports skip it.</summary>
    public const string RuleName = "engine:merge-inferred-facts";

    private const string LinkKey = "inferred";

    public static IRuleDefinition Rule()
    {
        var builder = new RuleBuilder();
        builder.Name(RuleName);
        var group = builder.LeftHandSide().Pattern(typeof(IGrouping<InferredFact, InferenceClaim>), "claims");
        var aggregate = group.Aggregate();
        var claim = Expression.Parameter(typeof(InferenceClaim), "claim");
        aggregate.GroupBy(
            Expression.Lambda(Expression.Property(claim, nameof(InferenceClaim.Fact)), claim),
            Expression.Lambda(claim, claim));
        aggregate.Pattern(typeof(InferenceClaim), "claim");

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var claims = group.Declaration.ToParameterExpression();
        builder.RightHandSide().Action(Expression.Lambda(
            Expression.Call(typeof(InferenceMerge).GetMethod(nameof(Merge))!, context, claims),
            context,
            claims));
        return builder.Build();
    }

    /// <summary>The action: one fact for the group, naming every rule that claimed it, with the evidence of the
    /// first rule's earliest claim.</summary>
    public static void Merge(IContext context, IGrouping<InferredFact, InferenceClaim> claims)
    {
        var ordered = claims.Select(c => c.Fact)
            .OrderBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.Input, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.Line)
            .ThenBy(f => f.Evidence.Column)
            .ToList();
        var merged = ordered[0] with { RuleIds = [.. ordered.Select(f => f.RuleId).Distinct(StringComparer.Ordinal)] };
        if (context.GetLinked(LinkKey) is null)
        {
            context.InsertLinked(LinkKey, merged);
        }
        else
        {
            context.UpdateLinked(LinkKey, merged);
        }
    }
}
