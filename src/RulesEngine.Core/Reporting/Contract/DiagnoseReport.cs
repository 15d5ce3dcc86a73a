using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>The JSON report of a diagnosis, one type for every front end: <c>triage diagnose --format json</c>, a line of
/// <c>triage batch</c> and of <c>/v1/diagnose/batch</c>, the 200 of <c>POST /v1/diagnose</c> and the MCP diagnose tool's
/// structuredContent (the last two with <see cref="Answer"/>). Serialized with source-generated metadata (<c>ReportJsonContext</c>).</summary>
public sealed record DiagnoseReport(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("A few lines of Markdown for a chat bubble: the likely cause, the step that applies, the question to ask. Present on POST /v1/diagnose and the MCP diagnose tool; absent from the CLI's and batch reports.")] string? Answer,
    [property: Description("The knowledge-base revision (SHA-256 of its files) that made the report.")] string Revision,
    [property: Description("The time the ticket was judged at (ISO 8601).")] DateTimeOffset Now,
    [property: Description("True when a fact budget was reached: some facts were not recorded (see cuts).")] bool Partial,
    [property: Description("The fact budgets reached.")] IReadOnlyList<ReportCut> Cuts,
    [property: Description("The known causes found, best first.")] IReadOnlyList<ReportFinding> Findings,
    [property: Description("Findings hidden by a stronger look-alike.")] IReadOnlyList<ReportYielded> Yielded,
    [property: Description("The questions that would settle the suspected findings, best-separating first.")] IReadOnlyList<string> Questions,
    [property: JsonPropertyName("open_questions"), Description("The same questions with their ids, answer types and options, best-separating first: answer one with answers: { ID: VALUE } on the next call.")] IReadOnlyList<ReportOpenQuestion> OpenQuestions,
    [property: Description("The facts read and inferred (at most 100; see facts_omitted).")] IReadOnlyList<ReportFact> Facts,
    [property: JsonPropertyName("facts_total"), Description("How many facts there are in all.")] int FactsTotal,
    [property: JsonPropertyName("facts_omitted"), Description("How many are not listed.")] int FactsOmitted);
