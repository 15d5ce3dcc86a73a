using System.Collections.Immutable;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    /// <summary>Checks a list of conditions that must all hold; bindings flow from each item to the next.</summary>
    private static ImmutableDictionary<string, FactKind> CheckConditions(
        IReadOnlyList<ConditionNode> conditions, ImmutableDictionary<string, FactKind> scope, HashSet<string> bindings, FactSchema schema, DiagnosticBag bag)
    {
        foreach (var condition in conditions)
        {
            scope = CheckCondition(condition, scope, bindings, schema, bag);
        }

        return scope;
    }

    /// <summary>Returns the scope after the condition: a fact pattern adds its binding; any-of and not add nothing
    /// (their facts may not exist), all-of adds what its items add.</summary>
    private static ImmutableDictionary<string, FactKind> CheckCondition(
        ConditionNode condition, ImmutableDictionary<string, FactKind> scope, HashSet<string> bindings, FactSchema schema, DiagnosticBag bag)
    {
        switch (condition)
        {
            case FactCondition fact:
                return CheckFactCondition(fact, scope, bindings, schema, bag);
            case ConditionGroup { Kind: GroupKind.All } all:
                return CheckConditions(all.Items, scope, bindings, schema, bag);
            case ConditionGroup any:
                foreach (var item in any.Items)
                {
                    CheckCondition(item, scope, bindings, schema, bag);
                }

                return scope;
            case AbsentCondition absent:
                CheckCondition(absent.Inner, scope, bindings, schema, bag);
                return scope;
            default:
                return scope;
        }
    }

    private static ImmutableDictionary<string, FactKind> CheckFactCondition(
        FactCondition condition, ImmutableDictionary<string, FactKind> scope, HashSet<string> bindings, FactSchema schema, DiagnosticBag bag)
    {
        if (schema.Find(condition.Kind.Value) is not { } kind)
        {
            bag.Error(DiagnosticCode.UnknownFactKind, condition.Kind.Span, $"unknown fact kind '{condition.Kind.Value}'.{Suggestions.DidYouMean(condition.Kind.Value, schema.Names)} Known kinds: {string.Join(", ", schema.Names)}");
            return scope;
        }

        CheckFieldTest(condition.Test, kind, scope, bag);
        CheckContradictions(condition, kind, bag);
        if (kind.Name == "signal")
        {
            CheckSignalNames(condition.Test, schema, bag);
        }

        if (condition.Binding is not { } binding)
        {
            return scope;
        }

        if (!IdentifierPattern().IsMatch(binding.Value))
        {
            bag.Error(DiagnosticCode.InvalidId, binding.Span, $"binding name '{binding.Value}' must be snake_case: lower-case letters, digits and underscores");
        }

        if (!bindings.Add(binding.Value))
        {
            bag.Error(DiagnosticCode.DuplicateBinding, binding.Span, $"'{binding.Value}' is already bound in this rule: choose another name");
            return scope;
        }

        return scope.SetItem(binding.Value, kind);
    }

    private static void CheckFieldTest(FieldTest test, FactKind kind, ImmutableDictionary<string, FactKind> scope, DiagnosticBag bag)
    {
        switch (test)
        {
            case FieldTestGroup group:
                foreach (var item in group.Items)
                {
                    CheckFieldTest(item, kind, scope, bag);
                }

                break;
            case FieldTestNot not:
                CheckFieldTest(not.Inner, kind, scope, bag);
                break;
            case FieldComparison comparison:
                CheckComparison(comparison, kind, scope, bag);
                break;
        }
    }

    private static void CheckComparison(FieldComparison comparison, FactKind kind, ImmutableDictionary<string, FactKind> scope, DiagnosticBag bag)
    {
        if (!kind.Fields.TryGetValue(comparison.Field.Value, out var field))
        {
            bag.Error(DiagnosticCode.UnknownField, comparison.Field.Span, $"'{kind.Name}' has no field '{comparison.Field.Value}'.{Suggestions.DidYouMean(comparison.Field.Value, kind.Fields.Keys)} Fields: {string.Join(", ", kind.Fields.Keys)}");
            return;
        }

        if (!OperatorCatalog.All.TryGetValue(comparison.Operator.Value, out var op))
        {
            bag.Error(DiagnosticCode.UnknownOperator, comparison.Operator.Span, $"unknown operator '{comparison.Operator.Value}'.{Suggestions.DidYouMean(comparison.Operator.Value, OperatorCatalog.All.Keys)} Operators: {string.Join(", ", OperatorCatalog.All.Keys)}");
            return;
        }

        if (!op.AppliesTo.Contains(field.Type))
        {
            bag.Error(DiagnosticCode.OperatorNotApplicable, comparison.Operator.Span, $"'{op.Name}' does not apply to '{field.Name}', a {FieldTypes.DisplayName(field.Type)} field");
            return;
        }

        CheckOperand(comparison.Operand, op, field, scope, bag);
    }

    private static void CheckOperand(Operand operand, OperatorInfo op, FactField field, ImmutableDictionary<string, FactKind> scope, DiagnosticBag bag)
    {
        switch (operand)
        {
            case ReferenceOperand reference when !op.AcceptsReference:
                bag.Error(DiagnosticCode.InvalidValue, reference.Span, $"'{op.Name}' takes a value, not a reference to another fact");
                break;
            case ReferenceOperand reference:
                if (ResolveReference(reference, scope, bag, allowWholeFact: false) is { } target && target.Type != field.Type)
                {
                    bag.Error(DiagnosticCode.InvalidValue, reference.Span, $"'{field.Name}' is {FieldTypes.DisplayName(field.Type)} but ${reference.Binding}.{reference.Field} is {FieldTypes.DisplayName(target.Type)}");
                }

                break;
            case WindowOperand window:
                // The anchor is checked by its own 'after:' / 'before:' comparison.
                if (!Durations.TryParse(window.Duration.Text, out _))
                {
                    bag.Error(DiagnosticCode.InvalidValue, window.Duration.Span, $"'within' takes a duration: a whole number and m, h, d or w (15m, 24h, 30d, 2w), not '{window.Duration.Text}'");
                }

                break;
            case ListOperand list when !op.TakesList:
                bag.Error(DiagnosticCode.InvalidValue, list.Span, $"'{op.Name}' takes one value, not a list (use 'one-of' for a list)");
                break;
            case ListOperand list:
                foreach (var item in list.Items)
                {
                    CheckLiteral(item, field.Type, bag);
                }

                break;
            case ScalarOperand scalar when op.TakesDuration:
                if (!Durations.TryParse(scalar.Text, out _))
                {
                    bag.Error(DiagnosticCode.InvalidValue, scalar.Span, $"'{op.Name}' takes a duration: a whole number and m, h, d or w (15m, 24h, 30d, 2w), not '{scalar.Text}'");
                }

                break;
            case ScalarOperand scalar when op.TakesBoolean:
                CheckLiteral(scalar, FieldType.Boolean, bag);
                break;
            case ScalarOperand scalar when op.Kind == OperatorKind.Matches:
                if (RegexFactory.TryCreate(scalar.Text, out var reason) is null)
                {
                    bag.Error(DiagnosticCode.InvalidRegex, scalar.Span, $"invalid regular expression: {reason}");
                }

                break;
            case ScalarOperand scalar:
                CheckLiteral(scalar, field.Type, bag);
                break;
        }
    }

    private static void CheckLiteral(ScalarOperand scalar, FieldType type, DiagnosticBag bag)
    {
        if (!LiteralConverter.TryConvert(scalar, type, out _, out var reason))
        {
            bag.Error(DiagnosticCode.InvalidValue, scalar.Span, reason);
        }
    }

    /// <summary>The field a reference names (null for a whole fact or an error).</summary>
    private static FactField? ResolveReference(ReferenceOperand reference, ImmutableDictionary<string, FactKind> scope, DiagnosticBag bag, bool allowWholeFact)
    {
        if (!scope.TryGetValue(reference.Binding, out var kind))
        {
            var hint = scope.IsEmpty ? " No fact is bound before this point: add 'as: name' to an earlier condition." : $" Bound here: {string.Join(", ", scope.Keys.Order(StringComparer.Ordinal))}.";
            bag.Error(DiagnosticCode.UnknownBinding, reference.Span, $"'${reference.Binding}' is not bound by an earlier condition of this rule.{Suggestions.DidYouMean(reference.Binding, scope.Keys)}{hint}");
            return null;
        }

        if (reference.Field is null)
        {
            if (!allowWholeFact)
            {
                bag.Error(DiagnosticCode.InvalidValue, reference.Span, $"compare with a field: ${reference.Binding}.<field>");
            }

            return null;
        }

        if (!kind.Fields.TryGetValue(reference.Field, out var field))
        {
            bag.Error(DiagnosticCode.UnknownField, reference.Span, $"'{kind.Name}' has no field '{reference.Field}'.{Suggestions.DidYouMean(reference.Field, kind.Fields.Keys)}");
            return null;
        }

        return field;
    }
}
