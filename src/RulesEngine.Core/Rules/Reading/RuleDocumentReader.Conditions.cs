using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Rules.Reading;

internal static partial class RuleDocumentReader
{
    private const string AllOf = "all-of";
    private const string AnyOf = "any-of";
    private const string Not = "not";
    private const string Within = "within";
    private const string Uses = "uses";

    private static List<ConditionNode>? ReadConditions(YamlNodes nodes, YamlNode node, string what)
    {
        if (nodes.Sequence(node, what) is not { } list)
        {
            return null;
        }

        if (list.Children.Count == 0)
        {
            nodes.Error(DiagnosticCode.UnexpectedNode, list, $"{what} needs at least one condition");
        }

        return [.. list.Children.Select(c => ReadCondition(nodes, c)).OfType<ConditionNode>()];
    }

    private static ConditionNode? ReadCondition(YamlNodes nodes, YamlNode node) => ReadConditionNode(nodes, node) switch
    {
        FactCondition fact => fact,
        { } condition => condition with { Text = nodes.SourceText(node) },
        null => null,
    };

    private static ConditionNode? ReadConditionNode(YamlNodes nodes, YamlNode node)
    {
        if (nodes.Mapping(node, "a condition") is not { } mapping)
        {
            return null;
        }

        var span = nodes.Span(mapping);
        var keys = mapping.Children.Keys.Select(YamlNodes.KeyText).ToList();
        if (keys.Count == 1 && keys[0] is AllOf or AnyOf)
        {
            var items = ReadConditions(nodes, mapping.Children.Values.First(), $"'{keys[0]}'");
            return items is null ? null : new ConditionGroup(span, keys[0] == AllOf ? GroupKind.All : GroupKind.Any, items);
        }

        if (keys.Count == 1 && keys[0] == Uses)
        {
            return nodes.Text(mapping.Children.Values.First(), "'uses' (the name of a condition block)") is { } name ? new UsesCondition(span, name) : null;
        }

        if (keys.Count == 1 && keys[0] == Not)
        {
            var inner = mapping.Children.Values.First();
            var items = inner is YamlSequenceNode ? ReadConditions(nodes, inner, "'not'") : ReadCondition(nodes, inner) is { } one ? [one] : null;
            return items is null ? null : new AbsentCondition(span, items.Count == 1 ? items[0] : new ConditionGroup(span, GroupKind.All, items));
        }

        return ReadFactCondition(nodes, mapping);
    }

    private static FactCondition? ReadFactCondition(YamlNodes nodes, YamlMappingNode mapping)
    {
        Located<string>? binding = null;
        Located<Questions.Question>? ask = null;
        YamlNode? kindKey = null;
        YamlNode? body = null;
        foreach (var (key, value) in mapping.Children)
        {
            switch (YamlNodes.KeyText(key))
            {
                case "as":
                    binding = nodes.Text(value, "'as'");
                    break;
                case "ask":
                    ask = ReadQuestion(nodes, value);
                    break;
                case AllOf or AnyOf or Not or Uses:
                    nodes.Error(DiagnosticCode.UnexpectedNode, key, $"'{YamlNodes.KeyText(key)}' must be the only key of its list item");
                    break;
                default:
                    if (kindKey is not null)
                    {
                        nodes.Error(DiagnosticCode.UnexpectedNode, key, $"a condition names one fact kind; '{YamlNodes.KeyText(kindKey)}' is already named here: start a new '- ' item");
                        break;
                    }

                    (kindKey, body) = (key, value);
                    break;
            }
        }

        if (kindKey is null)
        {
            nodes.Bag.Error(DiagnosticCode.MissingKey, nodes.Span(mapping), "a condition names a fact kind, e.g. '- http-error: { status: 401 }'");
            return null;
        }

        var kind = new Located<string>(YamlNodes.KeyText(kindKey), nodes.Span(kindKey));
        var test = ReadFieldTests(nodes, body!, nodes.Span(kindKey));
        return test is null ? null : new FactCondition(nodes.Span(mapping), kind, binding, test, ask) { Text = nodes.SourceText(kindKey, body!) };
    }

    /// <summary>A field-test mapping (fields and groups, all must hold); an empty value matches any fact of the kind.</summary>
    private static FieldTestGroup? ReadFieldTests(YamlNodes nodes, YamlNode node, SourceSpan ownerSpan)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return new FieldTestGroup(ownerSpan, GroupKind.All, []);
        }

        if (nodes.Mapping(node, "the fields of a condition") is not { } mapping)
        {
            return null;
        }

        var tests = new List<FieldTest>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = YamlNodes.KeyText(key);
            var test = name switch
            {
                AllOf or AnyOf => ReadFieldGroup(nodes, key, value, name == AllOf ? GroupKind.All : GroupKind.Any),
                Not => ReadFieldTests(nodes, value, nodes.Span(key)) is { } inner ? new FieldTestNot(nodes.Span(key), inner) : null,
                _ => ReadFieldComparisons(nodes, key, value),
            };
            if (test is not null)
            {
                tests.Add(test);
            }
        }

        return new FieldTestGroup(nodes.Span(mapping), GroupKind.All, tests);
    }

    private static FieldTestGroup? ReadFieldGroup(YamlNodes nodes, YamlNode key, YamlNode value, GroupKind kind)
    {
        if (nodes.Sequence(value, $"'{YamlNodes.KeyText(key)}'") is not { } list)
        {
            return null;
        }

        return new FieldTestGroup(nodes.Span(key), kind, [.. list.Children.Select(c => ReadFieldTests(nodes, c, nodes.Span(c))).OfType<FieldTest>()]);
    }

    /// <summary><c>field: value</c> (equals), <c>field: [a, b]</c> (one-of) or <c>field: { op: value, … }</c>.</summary>
    private static FieldTest? ReadFieldComparisons(YamlNodes nodes, YamlNode key, YamlNode value)
    {
        var field = new Located<string>(YamlNodes.KeyText(key), nodes.Span(key));
        switch (value)
        {
            case YamlScalarNode or YamlSequenceNode:
                var implied = value is YamlSequenceNode ? "one-of" : "equals";
                return ReadOperand(nodes, value) is { } operand
                    ? new FieldComparison(nodes.Span(key), field, new Located<string>(implied, nodes.Span(value)), operand)
                    : null;
            case YamlMappingNode operators:
                var comparisons = new List<FieldTest>();
                foreach (var (op, operandNode) in operators.Children)
                {
                    var name = YamlNodes.KeyText(op);
                    var operand2 = name == Within ? ReadWindow(nodes, operators, op, operandNode) : ReadOperand(nodes, operandNode);
                    if (operand2 is not null)
                    {
                        comparisons.Add(new FieldComparison(nodes.Span(op), field, new Located<string>(name, nodes.Span(op)), operand2));
                    }
                }

                return comparisons.Count == 1 ? comparisons[0] : new FieldTestGroup(nodes.Span(key), GroupKind.All, comparisons);
            default:
                nodes.Error(DiagnosticCode.UnexpectedNode, value, "a field takes a value, a list, or { operator: value }");
                return null;
        }
    }

    /// <summary><c>within: 24h</c> measures from the one <c>after:</c> or <c>before:</c> of the same field test.</summary>
    private static WindowOperand? ReadWindow(YamlNodes nodes, YamlMappingNode operators, YamlNode key, YamlNode value)
    {
        var anchors = operators.Children.Where(c => YamlNodes.KeyText(c.Key) is "after" or "before").ToList();
        if (anchors.Count != 1)
        {
            nodes.Error(DiagnosticCode.InvalidValue, key, anchors.Count == 0
                ? "'within' measures from a time: add 'after:' or 'before:' to the same test, e.g. { after: $import.time, within: 24h }"
                : "'within' measures from one time: keep either 'after:' or 'before:' in this test");
            return null;
        }

        if (value is not YamlScalarNode duration || ReadScalarOperand(nodes, duration) is not ScalarOperand scalar)
        {
            nodes.Error(DiagnosticCode.InvalidValue, value, "'within' takes a duration: a whole number and m, h, d or w (15m, 24h, 30d, 2w)");
            return null;
        }

        var (anchorKey, anchorNode) = anchors[0];
        return ReadOperand(nodes, anchorNode) is { } anchor
            ? new WindowOperand(nodes.Span(key), scalar, anchor, YamlNodes.KeyText(anchorKey) == "after")
            : null;
    }

    private static Operand? ReadOperand(YamlNodes nodes, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return ReadScalarOperand(nodes, scalar);
            case YamlSequenceNode list:
                var items = new List<ScalarOperand>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode s && ReadScalarOperand(nodes, s) is ScalarOperand scalarItem)
                    {
                        items.Add(scalarItem);
                    }
                    else
                    {
                        nodes.Error(DiagnosticCode.InvalidValue, item, "a list of values holds plain values (no references, lists or mappings)");
                    }
                }

                return new ListOperand(nodes.Span(list), items);
            default:
                nodes.Error(DiagnosticCode.UnexpectedNode, node, "expected a value or a list of values");
                return null;
        }
    }

    /// <summary>A scalar; <c>$name</c> or <c>$name.field</c> is a reference to a bound fact, <c>$$</c> a literal dollar.</summary>
    private static Operand? ReadScalarOperand(YamlNodes nodes, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var span = nodes.Span(scalar);
        if (text.StartsWith("$$", StringComparison.Ordinal))
        {
            return new ScalarOperand(span, text[1..], YamlNodes.IsQuoted(scalar));
        }

        if (!text.StartsWith('$'))
        {
            return new ScalarOperand(span, text, YamlNodes.IsQuoted(scalar));
        }

        var parts = text[1..].Split('.');
        if (parts.Length > 2 || parts.Any(p => p.Length == 0))
        {
            nodes.Error(DiagnosticCode.InvalidValue, scalar, $"'{text}' is not a reference: write $name or $name.field (use $$ for a literal '$')");
            return null;
        }

        return new ReferenceOperand(span, parts[0], parts.Length == 2 ? parts[1] : null);
    }
}
