using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>A condition over facts: a fact pattern, a group of conditions, or the absence of a fact.</summary>
public abstract record ConditionNode(SourceSpan Span)
{
    /// <summary>The condition as written, on one line (for explain traces).</summary>
    public string Text { get; init; } = "";
}

/// <summary>A fact of <paramref name="Kind"/> whose fields pass <paramref name="Test"/>, bound to <paramref name="Binding"/>.</summary>
/// <param name="Binding">The name other conditions and templates use for the matched fact; null when the author gave none.</param>
/// <param name="Ask">The question to ask when this condition is the one missing (shown by explain).</param>
internal sealed record FactCondition(SourceSpan Span, Located<string> Kind, Located<string>? Binding, FieldTest Test, Located<Questions.Question>? Ask)
    : ConditionNode(Span);

/// <summary>All (or any) of several conditions.</summary>
internal sealed record ConditionGroup(SourceSpan Span, GroupKind Kind, IReadOnlyList<ConditionNode> Items) : ConditionNode(Span);

/// <summary>No fact matches the inner condition.</summary>
internal sealed record AbsentCondition(SourceSpan Span, ConditionNode Inner) : ConditionNode(Span);

/// <summary>The conditions of a named block (<c>uses: inbound-401</c>), spliced in where it stands before validation.</summary>
internal sealed record UsesCondition(SourceSpan Span, Located<string> Name) : ConditionNode(Span);
