using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Knowledge;

/// <summary>The outcome of rendering an article: the Markdown, or null when rendering failed, and what went wrong.</summary>
/// <param name="Markdown">The rendered text (LF line ends, no trailing whitespace), or null after an error.</param>
/// <param name="Diagnostics">Errors and warnings, each at a file line and column of the article.</param>
internal sealed record RenderResult(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
