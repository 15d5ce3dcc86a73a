using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Knowledge;

/// <summary>Maps Scriban positions (0-based, relative to the article body) to file positions (1-based).</summary>
internal static class TemplateSpans
{
    /// <summary>The file span of <paramref name="span"/> in a body that starts on file line <paramref name="bodyLine"/>.</summary>
    public static SourceSpan ToFile(string path, int bodyLine, Scriban.Parsing.SourceSpan span) => new(
        path,
        bodyLine + Math.Max(0, span.Start.Line),
        1 + Math.Max(0, span.Start.Column),
        bodyLine + Math.Max(0, span.End.Line),
        1 + Math.Max(0, span.End.Column));
}
