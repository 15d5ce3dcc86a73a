using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Server.Health;

/// <summary>One error of a knowledge-base load, with its position (1-based) and the compiler-format line.</summary>
internal sealed record LoadError(string File, int Line, int Column, string Code, string Message, string Text)
{
    public static LoadError From(Diagnostic diagnostic) =>
        new(diagnostic.Span.Path, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Id, diagnostic.Message, diagnostic.ToString());
}
