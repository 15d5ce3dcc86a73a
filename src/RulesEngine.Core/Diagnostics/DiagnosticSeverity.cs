namespace RulesEngine.Core.Diagnostics;

/// <summary>How bad a diagnostic is. Errors make a knowledge base unusable; warnings do not.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
