using System.Linq.Expressions;
using NRules.RuleModel;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Translation;

internal sealed partial class RuleTranslator
{
    /// <summary>The action: <c>ctx =&gt; RuleActions.Conclude(ctx, info, confirming)</c> or <c>RuleActions.Infer(ctx, info)</c>.
    /// It reads the matched facts from <c>ctx.Match</c>, so facts matched inside any-of groups count as evidence too.</summary>
    private static LambdaExpression BuildAction(CompiledRuleInfo info, ConclusionNode conclusion, IReadOnlySet<string> confirming)
    {
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var body = conclusion switch
        {
            FindingConclusion => Expression.Call(
                typeof(RuleActions).GetMethod(nameof(RuleActions.Conclude))!,
                context,
                Expression.Constant(info),
                Expression.Constant(confirming, typeof(IReadOnlySet<string>))),
            InferConclusion => Expression.Call(
                typeof(RuleActions).GetMethod(nameof(RuleActions.Infer))!,
                context,
                Expression.Constant(info)),
            _ => throw new InvalidOperationException($"unknown conclusion {conclusion.GetType().Name}"),
        };
        return Expression.Lambda(body, context);
    }

    private static IReadOnlyList<InferredValue> InferredValues(InferConclusion infer, TranslationScope scope) =>
    [
        .. infer.Fields.Select(assignment => assignment.Value switch
        {
            ReferenceOperand reference => new InferredValue(
                assignment.Field.Value,
                null,
                reference.Binding,
                reference.Field is null ? null : scope.Resolve(reference.Binding).Kind.Fields[reference.Field]),
            ScalarOperand scalar => new InferredValue(
                assignment.Field.Value,
                LiteralConverter.TryConvert(scalar, LiteralConverter.InferType(scalar), out var value, out _) ? value : scalar.Text,
                null,
                null),
            _ => new InferredValue(assignment.Field.Value, null, null, null),
        }),
    ];
}
