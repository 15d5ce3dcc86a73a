using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Inference;

/// <summary>A finding with its article and the resolution rendered for this ticket.</summary>
/// <param name="Resolution">The rendered Markdown; null when the template failed (see <paramref name="RenderDiagnostics"/>).</param>
/// <param name="Step">The step to start with for this ticket; null without a resolution or when the article lists no steps.</param>
public sealed record DiagnosedFinding(Finding Finding, Article Article, string? Resolution, IReadOnlyList<Diagnostic> RenderDiagnostics, ApplicableStep? Step = null);
