using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Rules.Model;

/// <summary>A test on the fields of one fact.</summary>
internal abstract record FieldTest(SourceSpan Span);

/// <summary>One operator applied to one field: <c>status: { at-least: 400 }</c>.</summary>
internal sealed record FieldComparison(SourceSpan Span, Located<string> Field, Located<string> Operator, Operand Operand) : FieldTest(Span);

/// <summary>All (or any) of several field tests.</summary>
internal sealed record FieldTestGroup(SourceSpan Span, GroupKind Kind, IReadOnlyList<FieldTest> Items) : FieldTest(Span);

/// <summary>The inner test does not hold.</summary>
internal sealed record FieldTestNot(SourceSpan Span, FieldTest Inner) : FieldTest(Span);
