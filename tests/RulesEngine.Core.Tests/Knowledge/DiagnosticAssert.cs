using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Tests.Knowledge;

/// <summary>Asserts diagnostics by code and position, not by message text.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Asserts that <paramref name="diagnostics"/> holds exactly one error, with this code at this line and column.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, DiagnosticCode code, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
        return diagnostic;
    }
}
