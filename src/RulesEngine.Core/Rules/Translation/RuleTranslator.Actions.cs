using System.Linq.Expressions;
using NRules.RuleModel;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Translation;

internal sealed partial class RuleTranslator
{
    /// <summary>The action: <c>ctx =&gt; RuleActions.Conclude(ctx)</c> or <c>RuleActions.Infer(ctx)</c>. It holds no constant:
    /// it reads what it concludes from the rule's <see cref="CompiledRuleInfo"/> property, so every rule's action is one
    /// compiled delegate (<see cref="CachingExpressionCompiler"/>) instead of one each. It reads the matched facts from
    /// <c>ctx.Match</c>, so facts matched inside any-of groups count as evidence too.</summary>
    private static LambdaExpression BuildAction(ConclusionNode conclusion)
    {
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var method = conclusion switch
        {
            FindingConclusion => nameof(RuleActions.Conclude),
            InferConclusion => nameof(RuleActions.Infer),
            _ => throw new InvalidOperationException($"unknown conclusion {conclusion.GetType().Name}"),
        };
        return Expression.Lambda(Expression.Call(typeof(RuleActions).GetMethod(method)!, context), context);
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
