using System.Globalization;

namespace RulesEngine.Core.Diagnostics;

/// <summary>A problem found in a rule file, article or catalog, with its position and a stable code.</summary>
public sealed record Diagnostic(DiagnosticCode Code, DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(DiagnosticCode code, SourceSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(DiagnosticCode code, SourceSpan span, string message) =>
        new(code, DiagnosticSeverity.Warning, span, message);

    /// <summary>The printed id of the code, e.g. <c>RE2001</c>.</summary>
    public string Id => DiagnosticCodes.Id(Code);

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler format: <c>path(line,col): error RE2001: message</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Span.Path}({Span.Line},{Span.Column}): {(IsError ? "error" : "warning")} {Id}: {Message}");
}
