using System.Text.Json;
using RulesEngine.Core;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>validate --format json</c>: <c>{ errors, warnings, revision, diagnostics: [{ file, line, column, endLine,
/// endColumn, severity, code, message }] }</c>.</summary>
internal static class DiagnosticsJson
{
    public static string Serialize(KnowledgeBaseLoadResult loaded) => JsonSerializer.Serialize(
        new Dictionary<string, object?>
        {
            ["errors"] = loaded.Diagnostics.Count(d => d.IsError),
            ["warnings"] = loaded.Diagnostics.Count(d => !d.IsError),
            ["revision"] = loaded.KnowledgeBase?.Revision,
            ["diagnostics"] = Models(loaded.Diagnostics),
        },
        ReportJson.Options);

    /// <summary>The diagnostics as the JSON objects above.</summary>
    public static List<Dictionary<string, object?>> Models(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(Model)];

    private static Dictionary<string, object?> Model(Diagnostic diagnostic) => new()
    {
        ["file"] = diagnostic.Span.Path,
        ["line"] = diagnostic.Span.Line,
        ["column"] = diagnostic.Span.Column,
        ["endLine"] = diagnostic.Span.EndLine,
        ["endColumn"] = diagnostic.Span.EndColumn,
        ["severity"] = diagnostic.IsError ? "error" : "warning",
        ["code"] = diagnostic.Id,
        ["message"] = diagnostic.Message,
    };
}
