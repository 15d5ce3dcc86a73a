using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Server.Health;

/// <summary>One error of a knowledge-base load, with its position (1-based) and the compiler-format line.</summary>
/// <remarks>Readiness is answered without a key: files are named as the knowledge base names them (<c>rules/…</c>), and a
/// path outside it (a configured folder that does not exist) by its last segment only, so the server's layout stays private.</remarks>
internal sealed record LoadError(string File, int Line, int Column, string Code, string Message, string Text)
{
    public static LoadError From(Diagnostic diagnostic)
    {
        var file = Path.IsPathRooted(diagnostic.Span.Path) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(diagnostic.Span.Path)) : diagnostic.Span.Path;
        var shown = diagnostic with { Span = diagnostic.Span with { Path = file } };
        return new(file, shown.Span.Line, shown.Span.Column, shown.Id, shown.Message, shown.ToString());
    }
}
