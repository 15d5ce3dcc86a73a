using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

public static partial class RuleValidator
{
    // Two unkeyed facts of one kind are n² pairs, which the shipped rules use (two log records); from three on, the
    // combinations outgrow any log.
    private const int UnboundedJoinWarnAt = 3;

    // Conditions of one kind that all must hold and that name no earlier fact join as a cartesian product.
    private static void CheckJoins(RuleNode rule, DiagnosticBag bag)
    {
        foreach (var group in AllOf(rule.When).Where(c => !HasReference(c.Test)).GroupBy(c => c.Kind.Value, StringComparer.Ordinal))
        {
            var conditions = group.ToList();
            if (conditions.Count >= UnboundedJoinWarnAt)
            {
                bag.Warning(DiagnosticCode.UnboundedJoin, conditions[UnboundedJoinWarnAt - 1].Span,
                    $"rule '{rule.Id.Value}' joins {conditions.Count} '{group.Key}' facts without a key: with n of them a diagnosis tries " +
                    $"n^{conditions.Count} combinations and is stopped after {JoinBudget.MaxCombinations:N0}; compare a field with an earlier " +
                    "fact ($name.field) in each, or test them in one condition");
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

    private static bool HasReference(FieldTest test) => test switch
    {
        FieldComparison comparison => comparison.Operand is ReferenceOperand,
        FieldTestGroup group => group.Items.Any(HasReference),
        FieldTestNot not => HasReference(not.Inner),
        _ => false,
    };
}
