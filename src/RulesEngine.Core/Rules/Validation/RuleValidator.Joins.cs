using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    // Two unkeyed facts of one kind are n² pairs, which the shipped rules use (two log records); from three on, the
    // combinations outgrow any log.
    private const int UnboundedJoinWarnAt = 3;

    // Conditions of one kind that all must hold, that name no earlier fact and that a later condition or the conclusion
    // names join as a cartesian product (one nobody names matches as an existence test: one collection, no product).
    private static void CheckJoins(RuleNode rule, DiagnosticBag bag)
    {
        var referenced = BindingReferences.Of(rule);
        var products = AllOf(rule.When)
            .Where(c => !BindingReferences.Of(c.Test).Any() && c.Binding is { } binding && referenced.Contains(binding.Value));
        foreach (var group in products.GroupBy(c => c.Kind.Value, StringComparer.Ordinal))
        {
            var conditions = group.ToList();
            if (conditions.Count >= UnboundedJoinWarnAt)
            {
                bag.Warning(DiagnosticCode.UnboundedJoin, conditions[UnboundedJoinWarnAt - 1].Span,
                    $"rule '{rule.Id.Value}' joins {conditions.Count} '{group.Key}' facts without a key: with n of them a diagnosis tries " +
                    $"n^{conditions.Count} combinations and is stopped after {JoinBudget.MaxCombinations:N0}; compare a field with an earlier " +
                    "fact ($name.field) in each, test them in one condition, or do not refer to them");
            }
        }
    }

    // The fact conditions that must all hold: top level and inside all-groups, not inside any-groups or absent.
    private static IEnumerable<FactCondition> AllOf(IEnumerable<ConditionNode> conditions) => conditions.SelectMany(c => c switch
    {
        FactCondition fact => [fact],
        ConditionGroup { Kind: GroupKind.All } group => AllOf(group.Items),
        _ => Enumerable.Empty<FactCondition>(),
    });
}
