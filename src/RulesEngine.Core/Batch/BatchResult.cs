namespace RulesEngine.Core.Batch;

/// <summary>The result of one input line: the JSON line to write (a report or an error object, never both), and what a
/// summary and <c>--fail-on</c> need.</summary>
/// <param name="Line">The 1-based input line.</param>
/// <param name="Id">The ticket's id; null when the line gave none.</param>
/// <param name="Json">One line of JSON, without a line break.</param>
/// <param name="ErrorKind">The error's kind; null for a report.</param>
/// <param name="Findings">For a report, each finding's article and status, best first.</param>
public sealed record BatchResult(int Line, string? Id, string Json, string? ErrorKind, IReadOnlyList<(string Article, string Status)> Findings);
