using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>What a rule concludes when it fires.</summary>
public abstract record ConclusionNode(SourceSpan Span);

/// <summary>A finding: the cause is the article's.</summary>
/// <param name="Article">The article id (<c>kb/articles/&lt;id&gt;.md</c>).</param>
/// <param name="Status">The status when the rule has no <c>confirm</c> list: <c>suspected</c> or <c>confirmed</c>.</param>
/// <param name="Suspected">Confidence 0..1 when only <c>when</c> holds.</param>
/// <param name="Confirmed">Confidence 0..1 when a <c>confirm</c> condition holds too.</param>
/// <param name="Questions">What to ask the customer while the finding is only suspected.</param>
public sealed record FindingConclusion(
    SourceSpan Span,
    Located<string> Article,
    Located<string>? Status,
    Located<double> Suspected,
    Located<double> Confirmed,
    IReadOnlyList<Located<Questions.Question>> Questions) : ConclusionNode(Span)
{
    /// <summary>The look-alikes this finding yields to, as its own file declares them.</summary>
    internal IReadOnlyList<YieldEntry> YieldsTo { get; init; } = [];

    /// <summary>The family (<c>families:</c>) this finding stands for: concluded only when no other rule's finding is, and
    /// shown without a rendered resolution. Null for a rule's own finding.</summary>
    public Located<string>? Family { get; init; }
}

/// <summary>An inferred fact of a kind the rule files define by inferring it.</summary>
internal sealed record InferConclusion(SourceSpan Span, Located<string> Kind, IReadOnlyList<FieldAssignment> Fields) : ConclusionNode(Span);

/// <summary>A rule whose conclusion could not be read; kept so its conditions are still validated (it never compiles).</summary>
internal sealed record MissingConclusion(SourceSpan Span) : ConclusionNode(Span);

/// <summary>One field of an inferred fact: a literal or a reference to a bound fact (or its field).</summary>
internal sealed record FieldAssignment(Located<string> Field, Operand Value);
