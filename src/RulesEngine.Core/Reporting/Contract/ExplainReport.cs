using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>The body of a 200 from <c>POST /v1/explain</c>: the report of <c>triage explain --format json</c>, that is the
/// diagnosis (without the chat answer) plus the firings and the rule traces; one type for the CLI, HTTP and MCP, as <see cref="DiagnoseReport"/>.</summary>
public sealed record ExplainReport(
    [property: Description("The knowledge-base revision that made the report.")] string Revision,
    [property: Description("The time the ticket was judged at (ISO 8601).")] DateTimeOffset Now,
    [property: Description("True when a fact budget was reached (see cuts).")] bool Partial,
    [property: Description("The fact budgets reached.")] IReadOnlyList<ReportCut> Cuts,
    [property: Description("The known causes found, best first.")] IReadOnlyList<ReportFinding> Findings,
    [property: Description("Findings hidden by a stronger look-alike.")] IReadOnlyList<ReportYielded> Yielded,
    [property: Description("The questions that would settle the suspected findings.")] IReadOnlyList<string> Questions,
    [property: JsonPropertyName("open_questions"), Description("The same questions with their ids, answer types and options, best-separating first: answer one with answers: { ID: VALUE } on the next call.")] IReadOnlyList<ReportOpenQuestion> OpenQuestions,
    [property: Description("The facts read and inferred (at most 100).")] IReadOnlyList<ReportFact> Facts,
    [property: JsonPropertyName("facts_total"), Description("How many facts there are in all.")] int FactsTotal,
    [property: JsonPropertyName("facts_omitted"), Description("How many are not listed.")] int FactsOmitted,
    [property: Description("Every rule firing in order, with the facts it matched.")] IReadOnlyList<ReportFiring> Fired,
    [property: Description("The rules that fired or nearly matched, with which conditions held.")] IReadOnlyList<ReportRuleTrace> Rules);
