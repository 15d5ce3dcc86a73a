using System.Text.Json;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Inference.Explain;
using RulesEngine.Core.Reporting.Contract;

namespace RulesEngine.Core.Reporting;

/// <summary>The JSON form of an explain trace (<see cref="ExplainReport"/>): the diagnosis contract plus <c>fired</c>
/// (every firing in order, with the facts it matched) and <c>rules</c> (each rule that fired or nearly matched, with
/// which conditions held).</summary>
public static class ExplanationJson
{
    /// <summary>The trace as its contract record.</summary>
    public static ExplainReport ToReport(Explanation explanation, KnowledgeBase knowledgeBase)
    {
        var report = DiagnosisJson.ToReport(explanation.Diagnosis, knowledgeBase);
        return new ExplainReport(
            report.Revision,
            report.Now,
            report.Partial,
            report.Cuts,
            report.Findings,
            report.Yielded,
            report.Questions,
            report.OpenQuestions,
            report.Facts,
            report.FactsTotal,
            report.FactsOmitted,
            [.. explanation.Diagnosis.Fired.Select(f => Firing(f, explanation.Diagnosis))],
            [.. explanation.Rules.Where(r => r.Outcome != RuleOutcome.NotMatched).Select(Rule)]);
    }

    /// <summary>The trace as indented JSON.</summary>
    public static string Serialize(Explanation explanation, KnowledgeBase knowledgeBase) =>
        JsonSerializer.Serialize(ToReport(explanation, knowledgeBase), ReportJson.Options.GetTypeInfo(typeof(ExplainReport)));

    private static ReportFiring Firing(FiredRule firing, Diagnosis diagnosis) => new(
        firing.RuleId,
        firing.Rule.Name,
        ExplanationText.Conclusion(firing, diagnosis),
        [.. firing.Facts.Select(m => new ReportMatchedFact(m.Binding, ExplanationText.KindName(m.Fact), DiagnosisJson.Evidence(m.Fact.Evidence)))]);

    private static ReportRuleTrace Rule(RuleTrace trace) => new(
        trace.Rule.Id.Value,
        trace.Article,
        ExplanationText.OutcomeName(trace.Outcome),
        trace.Rule.Id.Span.Path,
        trace.Rule.Id.Span.Line,
        trace.Rule.Id.Span.Column,
        [.. trace.Conditions.Select(c => new ReportCondition(c.Section, c.Text, c.Held, c.Span.Line, c.Span.Column, [.. c.Evidence.Select(DiagnosisJson.Evidence)], c.Held ? [] : c.Ask))]);
}
