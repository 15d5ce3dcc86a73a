using System.Globalization;
using System.Text;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Inference.Explain;

namespace RulesEngine.Core.Reporting;

/// <summary>Writes an explain trace for people: the facts with their evidence, the rules that fired in order with what
/// they matched and concluded, and the rules that nearly matched with the conditions that held or are missing.</summary>
public static class ExplanationText
{
    /// <summary>The trace as plain text.</summary>
    public static string Write(Explanation explanation, KnowledgeBase knowledgeBase)
    {
        var facts = new FactModel(knowledgeBase.Schema);
        var text = new StringBuilder();
        var diagnosis = explanation.Diagnosis;
        text.AppendLine("FACTS");
        foreach (var fact in diagnosis.Facts)
        {
            // An answer has no line of a pasted text to point at: its evidence says who gave it.
            var source = fact is Facts.Answer ? "  (answered by the customer)" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Where(fact.Evidence)}  {KindName(fact)}  {Fields(facts.ToDictionary(fact))}{source}");
        }

        // Rete fires once per combination of matching facts: group the firings of a rule that concluded the same, in
        // order of first firing (an infer rule's firings with different values are lines of their own).
        text.AppendLine().AppendLine("RULES FIRED, IN ORDER");
        var rank = 0;
        foreach (var group in diagnosis.Fired.GroupBy(f => (f.Rule.Name, Conclusion: Conclusion(f, diagnosis))))
        {
            var matches = group.Count() == 1 ? "" : $"  ({group.Count()} matches)";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {++rank}. {group.Key.Name} → {group.Key.Conclusion}{matches}");
            foreach (var binding in group.SelectMany(f => f.Facts).GroupBy(m => m.Binding))
            {
                var places = string.Join(", ", binding.Select(m => Where(m.Fact.Evidence)).Distinct());
                text.AppendLine(CultureInfo.InvariantCulture, $"       {binding.Key}: {KindName(binding.First().Fact)} at {places}");
            }
        }

        if (rank == 0)
        {
            text.AppendLine("  none");
        }

        text.AppendLine().AppendLine("NEARLY MATCHED");
        var nearMisses = explanation.NearMisses.ToList();
        foreach (var trace in nearMisses)
        {
            AppendNearMiss(text, trace);
        }

        if (nearMisses.Count == 0)
        {
            text.AppendLine("  none");
        }

        return text.ToString();
    }

    /// <summary>What a firing concluded, in words: <c>3474524 suspected</c> or <c>inferred certificate-comparison (verdict=differ)</c>.</summary>
    public static string Conclusion(FiredRule firing, Diagnosis diagnosis)
    {
        if (firing.Rule.Status is { } status)
        {
            var article = ((Rules.Model.FindingConclusion)firing.Rule.Rule.Conclusion).Article.Value;
            return $"{article} {(status == FindingStatus.Confirmed ? "confirmed" : "suspected")}";
        }

        var inferred = firing.Inferred;
        var values = inferred is null ? "" : " (" + string.Join(", ", inferred.Values.Where(v => v.Value is not Fact).Select(v => $"{v.Key}={v.Value}")) + ")";
        return $"inferred {((Rules.Model.InferConclusion)firing.Rule.Rule.Conclusion).Kind.Value}{values}";
    }

    /// <summary>The YAML kind name of a fact.</summary>
    public static string KindName(Fact fact) => fact switch
    {
        InferredFact inferred => inferred.Kind,
        _ => FactCatalog.BuiltIn.Values.First(k => k.ClrType == fact.GetType()).Name,
    };

    /// <summary>The name of an outcome as JSON and text show it.</summary>
    public static string OutcomeName(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.NearMiss => "near-miss",
        RuleOutcome.NotMatched => "not-matched",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>One rule's trace: its outcome and, for each top-level condition, whether it held (with evidence) or
    /// what to ask for it; every line starts with <paramref name="indent"/>.</summary>
    public static string WriteRuleTrace(RuleTrace trace, string indent = "")
    {
        var text = new StringBuilder();
        AppendNearMiss(text, trace);
        return string.Concat(text.ToString().Split('\n').Where(l => l.Length > 0).Select(l => indent + l + "\n"));
    }

    private static void AppendNearMiss(StringBuilder text, RuleTrace trace)
    {
        var span = trace.Rule.Id.Span;
        var what = trace.Outcome switch
        {
            RuleOutcome.Suspected => trace.Rule.Confirm.Count > 0 ? "suspected, not confirmed" : "suspected",
            RuleOutcome.Confirmed => "confirmed",
            RuleOutcome.Inferred => "inferred",
            _ => "did not fire",
        };
        text.AppendLine(CultureInfo.InvariantCulture, $"  {trace.Rule.Id.Value}{(trace.Article is { } a ? " → " + a : "")}: {what}  ({span.Path}({span.Line},{span.Column}))");
        foreach (var condition in trace.Conditions)
        {
            var mark = condition.Held ? "[held]   " : "[missing]";
            var where = condition.Held ? "  " + string.Join(", ", condition.Evidence.Select(Where)) : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"    {mark} {condition.Section,-7} {condition.Text}{where}");
            if (!condition.Held)
            {
                foreach (var question in condition.Ask)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"              ask: {question}");
                }
            }
        }
    }

    private static string Where(Evidence evidence) => $"{evidence.Input}({evidence.Line},{evidence.Column})";

    private static string Fields(IReadOnlyDictionary<string, object?> fact) => string.Join(' ', fact
        .Where(f => f.Key is not ("kind" or "evidence") && f.Value is not null and not IReadOnlyDictionary<string, object?>)
        .Select(f => $"{f.Key}={Short(Convert.ToString(f.Value, CultureInfo.InvariantCulture) ?? "")}"));

    private static string Short(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..79] + "…";
    }
}
