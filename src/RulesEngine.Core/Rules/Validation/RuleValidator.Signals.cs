using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    /// <summary>Shortest keyword accepted: shorter ones would match almost any text.</summary>
    public const int MinKeywordLength = 3;

    private static readonly string[] ReservedSignalFields = ["name", "text", "count", "quoted"];

    /// <summary>Checks the declared signals; returns the <c>signal</c> kind with their captures, and their names.</summary>
    private static (FactKind Signal, IReadOnlySet<string> Names) CheckSignals(IEnumerable<SignalNode> signals, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, SignalNode>(StringComparer.Ordinal);
        var captures = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var signal in signals)
        {
            if (!IdPattern().IsMatch(signal.Name.Value))
            {
                bag.Error(DiagnosticCode.InvalidId, signal.Name.Span, $"signal name '{signal.Name.Value}' must be kebab-case: lower-case letters, digits and dashes");
            }

            if (!seen.TryAdd(signal.Name.Value, signal))
            {
                var first = seen[signal.Name.Value].Name.Span;
                bag.Error(DiagnosticCode.DuplicateSignalName, signal.Name.Span, $"signal '{signal.Name.Value}' is already declared at {first.Path}({first.Line},{first.Column})");
            }

            if (signal.Keywords.Count == 0)
            {
                bag.Error(DiagnosticCode.MissingKey, signal.Span, "a signal needs 'keywords:': the literals it is found by (a regex runs only on the lines where one occurs)");
            }

            foreach (var keyword in signal.Keywords.Where(k => k.Value.Trim().Length < MinKeywordLength))
            {
                bag.Error(DiagnosticCode.InvalidValue, keyword.Span, $"keyword '{keyword.Value}' is shorter than {MinKeywordLength} characters and would match almost any text");
            }

            if (signal.Regex is { } pattern)
            {
                captures.UnionWith(CheckSignalRegex(pattern, bag));
            }
        }

        // A host or URL capture brings the derived target (what the host is), as http-error has it.
        if (captures.Contains("host") || captures.Contains("url"))
        {
            captures.Add("target");
        }

        return (FactCatalog.Signal(captures), seen.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static List<string> CheckSignalRegex(Located<string> pattern, DiagnosticBag bag)
    {
        if (RegexFactory.Check(pattern.Value, out var reason) is not { } groups)
        {
            bag.Error(DiagnosticCode.InvalidRegex, pattern.Span, $"invalid regular expression: {reason}");
            return [];
        }

        var names = groups.ToList();
        foreach (var name in names.Where(n => !IdentifierPattern().IsMatch(n) || ReservedSignalFields.Contains(n)))
        {
            bag.Error(DiagnosticCode.InvalidId, pattern.Span, $"capture '{name}' must be snake_case and not 'name', 'text', 'count' or 'quoted' (fields every signal has)");
        }

        return names;
    }

    /// <summary>A <c>signal</c> condition that names a signal no file declares can never match.</summary>
    private static void CheckSignalNames(FieldTest test, FactSchema schema, DiagnosticBag bag)
    {
        var named = test switch
        {
            FieldComparison comparison => [comparison],
            FieldTestGroup { Kind: GroupKind.All } group => group.Items.OfType<FieldComparison>(),
            _ => [],
        };
        foreach (var comparison in named.Where(c => c.Field.Value == "name" && c.Operator.Value is "equals" or "one-of"))
        {
            var values = comparison.Operand switch
            {
                ScalarOperand scalar => [scalar],
                ListOperand list => list.Items,
                _ => [],
            };
            foreach (var value in values.Where(v => !schema.SignalNames.Contains(v.Text)))
            {
                bag.Error(DiagnosticCode.UnknownSignal, value.Span, $"no rule file declares the signal '{value.Text}'.{Suggestions.DidYouMean(value.Text, schema.SignalNames)} Declare it under 'signals:'");
            }
        }
    }
}
