using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    /// <summary>Warns when a rule names a signal that another cause's file declares (to require it or, with <c>not:</c>, to
    /// exclude it): the two files then change together, and every new look-alike edits the older causes. A look-alike
    /// belongs in the rule's own <c>yields-to</c>; a signal that several causes test belongs in a file that concludes no
    /// cause.</summary>
    private static void CheckForeignExclusions(IReadOnlyList<RuleDocument> documents, DiagnosticBag bag)
    {
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var signal in documents.SelectMany(d => d.Signals))
        {
            declaredIn.TryAdd(signal.Name.Value, signal.Span.Path);
        }

        var causesOf = documents.ToDictionary(
            d => d.Path,
            d => d.Rules.Select(r => r.Conclusion).OfType<FindingConclusion>().Select(f => f.Article.Value).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var rule in document.Rules)
            {
                if (rule.Conclusion is not FindingConclusion own)
                {
                    continue;
                }

                foreach (var name in NamedSignals(rule.When.Concat(rule.Confirm)))
                {
                    if (declaredIn.TryGetValue(name.Text, out var path) && path != document.Path
                        && causesOf.TryGetValue(path, out var causes) && causes.Count > 0 && !causes.Contains(own.Article.Value))
                    {
                        var articles = string.Join(", ", causes.Order(StringComparer.Ordinal));
                        bag.Warning(DiagnosticCode.ForeignSignalExcluded, name.Span,
                            $"'{name.Text}' is the signal of another cause ({articles}, declared in {path}): to tell the causes apart, declare the look-alike in this rule ('yields-to: [{causes.Order(StringComparer.Ordinal).First()}]'); a signal that several causes test belongs in a file that concludes no cause");
                    }
                }
            }
        }
    }

    /// <summary>The signal names the conditions test, present or absent.</summary>
    private static IEnumerable<ScalarOperand> NamedSignals(IEnumerable<ConditionNode> conditions) => conditions
        .SelectMany(ConditionPatterns.Of)
        .Where(p => p.Kind.Value == "signal")
        .SelectMany(p => SignalNameValues(p.Test));

    private static IEnumerable<ScalarOperand> SignalNameValues(FieldTest test) => test switch
    {
        FieldComparison { Field.Value: "name", Operand: ScalarOperand scalar } => [scalar],
        FieldComparison { Field.Value: "name", Operand: ListOperand list } => list.Items,
        FieldTestGroup { Kind: GroupKind.All } group => group.Items.SelectMany(SignalNameValues),
        _ => [],
    };
}
