using System.Text.Json;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Questions;
using RulesEngine.Core.Reporting.Contract;

namespace RulesEngine.Core.Reporting;

/// <summary>The JSON contract of a diagnosis (<see cref="DiagnoseReport"/>), shared by the CLI, batch, the HTTP API and MCP:
/// <c>{ revision, now, partial, cuts, findings: [{ article, title, status, confidence, rule, family, adjustments, matches,
/// evidence, more_evidence, questions, resolution, step, errors }], yielded, questions, open_questions, facts: [{ kind,
/// evidence, last_evidence, …fields, count }], facts_total, facts_omitted }</c>.</summary>
/// <remarks>The report is proportional to the answer, not to the input: repeats are folded into facts with a count, and
/// the <c>facts</c> list holds at most <see cref="MaxFacts"/> facts unless all are asked for.</remarks>
public static class DiagnosisJson
{
    /// <summary>Most facts a report lists unless all facts are asked for.</summary>
    public const int MaxFacts = 100;

    /// <summary>The report as its contract record (without the chat answer).</summary>
    /// <param name="allFacts">True to list every fact; false lists the first <see cref="MaxFacts"/> and counts the rest.</param>
    public static DiagnoseReport ToReport(Diagnosis diagnosis, KnowledgeBase knowledgeBase, bool allFacts = false)
    {
        var facts = new FactModel(knowledgeBase.Schema);
        var listed = allFacts ? diagnosis.Facts : diagnosis.Facts.Take(MaxFacts).ToList();
        return new DiagnoseReport(
            null,
            knowledgeBase.Revision,
            diagnosis.Now,
            diagnosis.IsPartial,
            [.. diagnosis.Cuts.Select(Cut)],
            [.. diagnosis.Findings.Select(Finding)],
            [.. diagnosis.Yielded.Select(y => new ReportYielded(y.Finding.Article, y.Finding.RuleId, Status(y.Finding.Status), y.To))],
            diagnosis.Questions,
            [.. diagnosis.OpenQuestions.Select(OpenQuestion)],
            [.. listed.Select(f => Fact(facts, f))],
            diagnosis.Facts.Count,
            diagnosis.Facts.Count - listed.Count);
    }

    /// <summary>The report as indented JSON.</summary>
    public static string Serialize(Diagnosis diagnosis, KnowledgeBase knowledgeBase, bool allFacts = false) =>
        JsonSerializer.Serialize(ToReport(diagnosis, knowledgeBase, allFacts), ReportJson.Options.GetTypeInfo(typeof(DiagnoseReport)));

    internal static ReportEvidence Evidence(Evidence evidence) => new(evidence.Input, evidence.Line, evidence.Column, evidence.Text);

    internal static FindingStatusName Status(FindingStatus status) => status == FindingStatus.Confirmed ? FindingStatusName.Confirmed : FindingStatusName.Suspected;

    // A fact's kind-specific fields (and its count) are open: each is written as the JSON its value makes.
    internal static ReportFact Fact(FactModel facts, Fact fact)
    {
        var fields = facts.Fields(fact).ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value, ReportJson.Options), StringComparer.Ordinal);

        return new ReportFact(facts.KindOf(fact).Name, Evidence(fact.Evidence), fields, fact.Seen.Last is { } last ? Evidence(last) : null);
    }

    // The same questions as 'questions', with what a chatbot needs to ask them and send the answer back.
    private static ReportOpenQuestion OpenQuestion(Question question) => new(
        question.Id,
        question.Text,
        question.Answer switch
        {
            AnswerType.YesNo => AnswerTypeName.YesNo,
            AnswerType.OneOf => AnswerTypeName.OneOf,
            AnswerType.Date => AnswerTypeName.Date,
            AnswerType.Role => AnswerTypeName.Role,
            AnswerType.Certificate => AnswerTypeName.Certificate,
            _ => AnswerTypeName.Text,
        },
        question.Options);

    private static ReportCut Cut(FactBudgetCut cut) => new(cut.Kind, cut.Keyword, cut.Kept, cut.Dropped, Evidence(cut.FirstDropped), cut.Message);

    private static ReportFinding Finding(DiagnosedFinding diagnosed)
    {
        var finding = diagnosed.Finding;
        return new ReportFinding(
            finding.Article,
            diagnosed.Article.Title,
            Status(finding.Status),
            finding.Confidence,
            finding.RuleId,
            finding.Family,
            [.. finding.Adjustments.Select(a => new ReportAdjustment(a.Reason, a.Factor, a.Note))],
            finding.Matches,
            [.. finding.Evidence.Select(Evidence)],
            finding.MoreEvidence,
            [.. finding.Questions.Select(q => q.Text)],
            diagnosed.Resolution,
            diagnosed.Step is { } step ? new ReportStep(step.Step.Id, step.Step.Number, step.Step.Text, step.ForThisTicket) : null,
            [.. diagnosed.RenderDiagnostics.Select(d => d.ToString())]);
    }
}
