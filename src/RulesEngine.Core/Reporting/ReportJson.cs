using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RulesEngine.Core.Reporting;

/// <summary>The serializer settings of every JSON report (diagnosis, explain, diagnostics).</summary>
public static class ReportJson
{
    /// <summary>Indented; quotes and apostrophes stay readable (the output is JSON for programs, never embedded in HTML).
    /// The report records come from <see cref="ReportJsonContext"/>; anything else (a fact's field values, the CLI's
    /// diagnostics) by reflection.</summary>
    public static JsonSerializerOptions Options { get; } = ReadOnly(new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = Resolver,
    });

    /// <summary>The same on one line: a JSONL line of a batch.</summary>
    public static JsonSerializerOptions Compact { get; } = ReadOnly(new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = Resolver,
    });

    private static IJsonTypeInfoResolver Resolver => JsonTypeInfoResolver.Combine(ReportJsonContext.Default, new DefaultJsonTypeInfoResolver());

    // Shared by every caller: frozen, so no caller can change how the others' reports are written.
    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
