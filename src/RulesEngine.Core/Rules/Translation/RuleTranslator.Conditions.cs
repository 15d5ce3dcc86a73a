using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Translation;

internal sealed partial class RuleTranslator
{
    private static readonly MethodInfo JoinBudgetAllow = typeof(Inference.JoinBudget).GetMethod(nameof(Inference.JoinBudget.Allow))!;

    private void AddCondition(GroupTarget target, ConditionNode condition, TranslationScope scope)
    {
        switch (condition)
        {
            case FactCondition fact:
                AddPattern(target, fact, scope);
                break;
            case ConditionGroup group:
                var inner = target.Group(group.Kind == GroupKind.All ? GroupType.And : GroupType.Or);
                foreach (var item in group.Items)
                {
                    AddCondition(inner, item, scope);
                }

                break;
            case AbsentCondition absent:
                AddCondition(target.Not(), absent.Inner, scope);
                break;
        }
    }

    /// <summary>One NRules pattern; each top-level field test becomes its own condition so NRules can share it between
    /// rules. In the rule's own and-group, a pattern that refers to no fact and that nothing refers to matches as an
    /// existence test: one collection of every matching fact (at least one), so the rule fires once with all of them as
    /// evidence instead of once per fact of a cross product.</summary>
    private void AddPattern(GroupTarget target, FactCondition condition, TranslationScope scope)
    {
        var kind = schema.Find(condition.Kind.Value)!;
        var name = condition.Binding?.Value ?? scope.NextAnonymousName();
        var keyed = BindingReferences.Of(condition.Test).Any();
        var collect = target.IsRoot && !keyed && !scope.IsReferenced(name);
        var outer = collect ? target.Pattern(typeof(IEnumerable<>).MakeGenericType(kind.ClrType), name) : target.Pattern(kind.ClrType, name);
        var pattern = outer;
        if (collect)
        {
            var aggregate = outer.Aggregate();
            aggregate.Aggregator(ExistenceAggregatorFactory.Name, [], typeof(ExistenceAggregatorFactory));
            pattern = aggregate.Pattern(kind.ClrType, name + ".each");
            var collection = outer.Declaration.ToParameterExpression();
            outer.Condition(Expression.Lambda(Call(nameof(ConditionFunctions.NotEmpty), collection), collection));
        }

        var self = pattern.Declaration.ToParameterExpression();
        if (kind.IsInferred)
        {
            var kindProperty = Expression.Property(self, nameof(InferredFact.Kind));
            pattern.Condition(Expression.Lambda(Expression.Equal(kindProperty, Expression.Constant(kind.Name)), self));
        }

        var tests = condition.Test is FieldTestGroup { Kind: GroupKind.All } all ? all.Items : [condition.Test];
        foreach (var test in tests)
        {
            var references = new List<ParameterExpression>();
            var body = TestExpression(test, kind, self, scope, references);
            pattern.Condition(Expression.Lambda(body, references.Distinct().Prepend(self)));
        }

        if (target.IsRoot)
        {
            // A fact that names no earlier fact joins them as a cartesian product (or, collected, is tried against each
            // earlier combination): the join condition counts the pairs tried, so the diagnosis's budget stops a runaway
            // product inside NRules' insert.
            if (!keyed && scope.LastRoot is { } previous)
            {
                pattern.Condition(Expression.Lambda(Expression.Call(JoinBudgetAllow), self, previous.ToParameterExpression()));
            }

            scope.LastRoot = outer.Declaration;
        }

        scope.Add(name, pattern.Declaration, kind);
    }

    private static Expression TestExpression(FieldTest test, FactKind kind, ParameterExpression self, TranslationScope scope, List<ParameterExpression> references) => test switch
    {
        FieldTestNot not => Expression.Not(TestExpression(not.Inner, kind, self, scope, references)),
        FieldTestGroup { Items.Count: 0 } => Expression.Constant(true),
        FieldTestGroup group => group.Items
            .Select(i => TestExpression(i, kind, self, scope, references))
            .Aggregate((left, right) => group.Kind == GroupKind.All ? Expression.AndAlso(left, right) : Expression.OrElse(left, right)),
        FieldComparison comparison => ComparisonExpression(comparison, kind, self, scope, references),
        _ => throw new InvalidOperationException($"unknown field test {test.GetType().Name}"),
    };

    private static Expression ComparisonExpression(FieldComparison comparison, FactKind kind, ParameterExpression self, TranslationScope scope, List<ParameterExpression> references)
    {
        var field = kind.Fields[comparison.Field.Value];
        var op = OperatorCatalog.All[comparison.Operator.Value];
        var value = field.Read(self);
        if (op.Kind == OperatorKind.Exists)
        {
            var present = Expression.NotEqual(Boxed(value), Expression.Constant(null));
            return Literal((ScalarOperand)comparison.Operand, FieldType.Boolean) is true ? present : Expression.Not(present);
        }

        if (op.Kind == OperatorKind.Matches)
        {
            var regex = RegexFactory.TryCreate(((ScalarOperand)comparison.Operand).Text, out _)!;
            return Call(nameof(ConditionFunctions.Matches), value, Expression.Constant(regex));
        }

        if (op.TakesDuration)
        {
            if (!Durations.TryParse(((ScalarOperand)comparison.Operand).Text, out var duration))
            {
                throw new InvalidOperationException($"unvalidated duration '{((ScalarOperand)comparison.Operand).Text}'");
            }

            var name = op.Kind switch
            {
                OperatorKind.OlderThan => nameof(ConditionFunctions.OlderThan),
                OperatorKind.NewerThan => nameof(ConditionFunctions.NewerThan),
                _ => nameof(ConditionFunctions.ExpiresWithin),
            };
            return Call(name, Boxed(value), Expression.Constant(duration));
        }

        if (comparison.Operand is WindowOperand window)
        {
            if (!Durations.TryParse(window.Duration.Text, out var span))
            {
                throw new InvalidOperationException($"unvalidated duration '{window.Duration.Text}'");
            }

            var anchor = OperandExpression(window.Anchor, field, scope, references);
            return Call(nameof(ConditionFunctions.Within), Boxed(value), Boxed(anchor), Expression.Constant(span), Expression.Constant(window.AfterAnchor));
        }

        if (op.Kind == OperatorKind.OneOf)
        {
            var items = comparison.Operand is ListOperand list ? list.Items : [(ScalarOperand)comparison.Operand];
            var values = items.Select(i => Literal(i, field.Type)!).ToArray();
            return Call(nameof(ConditionFunctions.OneOf), Boxed(value), Expression.Constant(values));
        }

        var operand = OperandExpression(comparison.Operand, field, scope, references);
        return op.Kind switch
        {
            OperatorKind.Equals => Call(nameof(ConditionFunctions.Same), Boxed(value), Boxed(operand)),
            OperatorKind.NotEquals => Expression.Not(Call(nameof(ConditionFunctions.Same), Boxed(value), Boxed(operand))),
            OperatorKind.Contains => Call(nameof(ConditionFunctions.Contains), value, operand),
            OperatorKind.StartsWith => Call(nameof(ConditionFunctions.StartsWith), value, operand),
            OperatorKind.EndsWith => Call(nameof(ConditionFunctions.EndsWith), value, operand),
            OperatorKind.Includes => Call(nameof(ConditionFunctions.Includes), value, operand),
            OperatorKind.GreaterThan or OperatorKind.After => Call(nameof(ConditionFunctions.Greater), Boxed(value), Boxed(operand)),
            OperatorKind.AtLeast => Call(nameof(ConditionFunctions.GreaterOrEqual), Boxed(value), Boxed(operand)),
            OperatorKind.LessThan or OperatorKind.Before => Call(nameof(ConditionFunctions.Less), Boxed(value), Boxed(operand)),
            OperatorKind.AtMost => Call(nameof(ConditionFunctions.LessOrEqual), Boxed(value), Boxed(operand)),
            _ => throw new InvalidOperationException($"operator {op.Name} has no translation"),
        };
    }

    /// <summary>A literal as a constant of the field's .NET type, or a join: the referenced fact's field.</summary>
    private static Expression OperandExpression(Operand operand, FactField field, TranslationScope scope, List<ParameterExpression> references)
    {
        if (operand is ReferenceOperand reference)
        {
            var (parameter, kind) = scope.Resolve(reference.Binding);
            references.Add(parameter);
            return kind.Fields[reference.Field!].Read(parameter);
        }

        if (field.Type == FieldType.Time && operand is ScalarOperand { Text: var text } && text.Trim() == LiteralConverter.Now)
        {
            return Expression.Convert(Call(nameof(ConditionFunctions.TicketTime)), FieldTypes.ClrType(field.Type));
        }

        return Expression.Constant(Literal((ScalarOperand)operand, field.Type), FieldTypes.ClrType(field.Type));
    }

    private static object? Literal(ScalarOperand scalar, FieldType type) =>
        LiteralConverter.TryConvert(scalar, type, out var value, out _) ? value : throw new InvalidOperationException($"unvalidated literal '{scalar.Text}'");

    private static UnaryExpression Boxed(Expression value) => Expression.Convert(value, typeof(object));

    private static MethodCallExpression Call(string name, params Expression[] arguments) =>
        Expression.Call(typeof(ConditionFunctions).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!, arguments);
}
