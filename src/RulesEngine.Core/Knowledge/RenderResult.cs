using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Knowledge;

/// <summary>The outcome of rendering an article: the Markdown, or null when rendering failed, and what went wrong.</summary>
/// <param name="Markdown">The rendered text (LF line ends, no trailing whitespace), or null after an error.</param>
/// <param name="Diagnostics">Errors and warnings, each at a file line and column of the article.</param>
/// <param name="AppliedStep">The step the template said applies to this case (of the steps its <c>applies "ID"</c> calls
/// named, the highest-numbered), or null.</param>
internal sealed record RenderResult(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics, ArticleStep? AppliedStep = null)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
