namespace RulesEngine.Core.Batch;

/// <summary>Options of a batch run.</summary>
/// <param name="Diagnose">Each ticket's options: its budgets (the per-ticket time budget among them) and the time it is judged
/// at unless its line says.</param>
/// <param name="MaxLineLength">Longest line read, in characters; a longer one is an error for its ticket, skipped unread.</param>
/// <param name="Parallelism">How many tickets are diagnosed at once (the results still come in input order).</param>
/// <param name="SkipThrough">Lines up to this one are already done (a resumed run): read, not diagnosed, not returned.</param>
public sealed record BatchOptions(DiagnoseOptions Diagnose, long MaxLineLength = 256L * 1024 * 1024, int Parallelism = 1, int SkipThrough = 0);
