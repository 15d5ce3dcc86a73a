using System.Text.Json;
using RulesEngine.Core.Inference;

namespace RulesEngine.Core.Reporting;

/// <summary>The JSON contract of a diagnosis, shared by the CLI and the HTTP API:
/// <c>{ revision, now, findings: [{ article, title, status, confidence, rule, evidence: [{ input, line, column, text }],
/// questions, resolution }], questions, facts: [{ kind, …fields, evidence }] }</c>.</summary>
public static class DiagnosisJson
{
    /// <summary>The report as a JSON-ready tree of dictionaries and lists.</summary>
    public static IReadOnlyDictionary<string, object?> ToModel(Diagnosis diagnosis, KnowledgeBase knowledgeBase)
    {
        var facts = new FactModel(knowledgeBase.Schema);
        return new Dictionary<string, object?>
        {
            ["revision"] = knowledgeBase.Revision,
            ["now"] = diagnosis.Now,
            ["findings"] = diagnosis.Findings.Select(FindingModel).ToList(),
            ["questions"] = diagnosis.Questions,
            ["facts"] = diagnosis.Facts.Select(facts.ToDictionary).ToList(),
        };
    }

    /// <summary>The report as indented JSON.</summary>
    public static string Serialize(Diagnosis diagnosis, KnowledgeBase knowledgeBase) =>
        JsonSerializer.Serialize(ToModel(diagnosis, knowledgeBase), ReportJson.Options);

    private static Dictionary<string, object?> FindingModel(DiagnosedFinding diagnosed)
    {
        var finding = diagnosed.Finding;
        return new Dictionary<string, object?>
        {
            ["article"] = finding.Article,
            ["title"] = diagnosed.Article.Title,
            ["status"] = finding.Status == FindingStatus.Confirmed ? "confirmed" : "suspected",
            ["confidence"] = finding.Confidence,
            ["rule"] = finding.RuleId,
            ["evidence"] = finding.Evidence.Select(FactModel.EvidenceModel).ToList(),
            ["questions"] = finding.Questions,
            ["resolution"] = diagnosed.Resolution,
            ["errors"] = diagnosed.RenderDiagnostics.Select(d => d.ToString()).ToList(),
        };
    }
}
