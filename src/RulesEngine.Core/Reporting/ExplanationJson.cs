using System.Text.Json;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Inference.Explain;

namespace RulesEngine.Core.Reporting;

/// <summary>The JSON form of an explain trace: the diagnosis contract plus <c>fired</c> (every firing in order, with
/// the facts it matched) and <c>rules</c> (each rule that fired or nearly matched, with which conditions held).</summary>
public static class ExplanationJson
{
    /// <summary>The trace as a JSON-ready tree.</summary>
    public static IReadOnlyDictionary<string, object?> ToModel(Explanation explanation, KnowledgeBase knowledgeBase)
    {
        var model = new Dictionary<string, object?>(DiagnosisJson.ToModel(explanation.Diagnosis, knowledgeBase))
        {
            ["fired"] = explanation.Diagnosis.Fired.Select(f => FiringModel(f, explanation.Diagnosis)).ToList(),
            ["rules"] = explanation.Rules.Where(r => r.Outcome != RuleOutcome.NotMatched).Select(RuleModel).ToList(),
        };
        return model;
    }

    /// <summary>The trace as indented JSON.</summary>
    public static string Serialize(Explanation explanation, KnowledgeBase knowledgeBase) =>
        JsonSerializer.Serialize(ToModel(explanation, knowledgeBase), ReportJson.Options);

    private static Dictionary<string, object?> FiringModel(FiredRule firing, Diagnosis diagnosis) => new()
    {
        ["rule"] = firing.RuleId,
        ["variant"] = firing.Rule.Name,
        ["concludes"] = ExplanationText.Conclusion(firing, diagnosis),
        ["matched"] = firing.Facts.Select(m => new Dictionary<string, object?>
        {
            ["binding"] = m.Binding,
            ["kind"] = ExplanationText.KindName(m.Fact),
            ["evidence"] = FactModel.EvidenceModel(m.Fact.Evidence),
        }).ToList(),
    };

    private static Dictionary<string, object?> RuleModel(RuleTrace trace) => new()
    {
        ["rule"] = trace.Rule.Id.Value,
        ["article"] = trace.Article,
        ["outcome"] = ExplanationText.OutcomeName(trace.Outcome),
        ["file"] = trace.Rule.Id.Span.Path,
        ["line"] = trace.Rule.Id.Span.Line,
        ["column"] = trace.Rule.Id.Span.Column,
        ["conditions"] = trace.Conditions.Select(c => new Dictionary<string, object?>
        {
            ["section"] = c.Section,
            ["text"] = c.Text,
            ["held"] = c.Held,
            ["line"] = c.Span.Line,
            ["column"] = c.Span.Column,
            ["evidence"] = c.Evidence.Select(FactModel.EvidenceModel).ToList(),
            ["ask"] = c.Held ? [] : c.Ask,
        }).ToList(),
    };
}
