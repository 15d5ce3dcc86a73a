using System.Text.Json;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Inference;

namespace RulesEngine.Core.Reporting;

/// <summary>The JSON contract of a diagnosis, shared by the CLI and the HTTP API:
/// <c>{ revision, now, partial, cuts: [{ kind, kept, dropped, first_dropped, message }], findings: [{ article, title, status,
/// confidence, rule, matches, evidence: [{ input, line, column, text }], more_evidence, questions, resolution }],
/// yielded: [{ article, rule, status, to }] (findings hidden by a stronger look-alike), questions (texts, best-separating
/// first), open_questions: [{ id, text, answer, options }] (the same questions; id null for a plain-text one),
/// facts: [{ kind, …fields, count, evidence, last_evidence }], facts_total, facts_omitted }</c>.</summary>
/// <remarks>The report is proportional to the answer, not to the input: repeats are folded into facts with a count, and
/// the <c>facts</c> list holds at most <see cref="MaxFacts"/> facts unless all are asked for.</remarks>
public static class DiagnosisJson
{
    /// <summary>Most facts a report lists unless all facts are asked for.</summary>
    public const int MaxFacts = 100;

    /// <summary>The report as a JSON-ready tree of dictionaries and lists.</summary>
    /// <param name="allFacts">True to list every fact; false lists the first <see cref="MaxFacts"/> and counts the rest.</param>
    public static IReadOnlyDictionary<string, object?> ToModel(Diagnosis diagnosis, KnowledgeBase knowledgeBase, bool allFacts = false)
    {
        var facts = new FactModel(knowledgeBase.Schema);
        var listed = allFacts ? diagnosis.Facts : diagnosis.Facts.Take(MaxFacts).ToList();
        return new Dictionary<string, object?>
        {
            ["revision"] = knowledgeBase.Revision,
            ["now"] = diagnosis.Now,
            ["partial"] = diagnosis.IsPartial,
            ["cuts"] = diagnosis.Cuts.Select(CutModel).ToList(),
            ["findings"] = diagnosis.Findings.Select(FindingModel).ToList(),
            ["yielded"] = diagnosis.Yielded.Select(y => new Dictionary<string, object?>
            {
                ["article"] = y.Finding.Article,
                ["rule"] = y.Finding.RuleId,
                ["status"] = y.Finding.Status == FindingStatus.Confirmed ? "confirmed" : "suspected",
                ["to"] = y.To,
            }).ToList(),
            ["questions"] = diagnosis.Questions,
            ["open_questions"] = diagnosis.OpenQuestions.Select(QuestionModel).ToList(),
            ["facts"] = listed.Select(facts.ToDictionary).ToList(),
            ["facts_total"] = diagnosis.Facts.Count,
            ["facts_omitted"] = diagnosis.Facts.Count - listed.Count,
        };
    }

    /// <summary>The report as indented JSON.</summary>
    public static string Serialize(Diagnosis diagnosis, KnowledgeBase knowledgeBase, bool allFacts = false) =>
        JsonSerializer.Serialize(ToModel(diagnosis, knowledgeBase, allFacts), ReportJson.Options);

    // The same questions as 'questions', with what a chatbot needs to ask them and send the answer back.
    private static Dictionary<string, object?> QuestionModel(Questions.Question question) => new()
    {
        ["id"] = question.Id,
        ["text"] = question.Text,
        ["answer"] = Questions.AnswerTypes.Name(question.Answer),
        ["options"] = question.Options,
    };

    private static Dictionary<string, object?> CutModel(FactBudgetCut cut) => new()
    {
        ["kind"] = cut.Kind,
        ["keyword"] = cut.Keyword,
        ["kept"] = cut.Kept,
        ["dropped"] = cut.Dropped,
        ["first_dropped"] = FactModel.EvidenceModel(cut.FirstDropped),
        ["message"] = cut.Message,
    };

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
            ["family"] = finding.Family,
            ["adjustments"] = finding.Adjustments.Select(a => new Dictionary<string, object?> { ["reason"] = a.Reason, ["factor"] = a.Factor, ["note"] = a.Note }).ToList(),
            ["matches"] = finding.Matches,
            ["evidence"] = finding.Evidence.Select(FactModel.EvidenceModel).ToList(),
            ["more_evidence"] = finding.MoreEvidence,
            ["questions"] = finding.Questions.Select(q => q.Text).ToList(),
            ["resolution"] = diagnosed.Resolution,
            ["step"] = diagnosed.Step is { } step
                ? new Dictionary<string, object?> { ["id"] = step.Step.Id, ["number"] = step.Step.Number, ["text"] = step.Step.Text, ["for_this_ticket"] = step.ForThisTicket }
                : null,
            ["errors"] = diagnosed.RenderDiagnostics.Select(d => d.ToString()).ToList(),
        };
    }
}
