using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;

namespace RulesEngine.Core.Testing;

/// <summary>A finding a test case expects; every part but the article is optional.</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Article">The article id.</param>
/// <param name="Status">The status, when the case says.</param>
/// <param name="MinConfidence">Lowest accepted confidence.</param>
/// <param name="MaxConfidence">Highest accepted confidence.</param>
/// <param name="Rule">The rule that must have concluded it.</param>
/// <param name="Evidence">Evidence the finding must include: input name and line.</param>
/// <param name="Top">True when the finding must be ranked first.</param>
public sealed record ExpectedFinding(
    SourceSpan Span,
    string Article,
    FindingStatus? Status,
    double MinConfidence,
    double MaxConfidence,
    string? Rule,
    IReadOnlyList<(string Input, int Line)> Evidence,
    bool Top = false);
