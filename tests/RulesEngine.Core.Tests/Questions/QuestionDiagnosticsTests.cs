using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Rules;

namespace RulesEngine.Core.Tests.Questions;

/// <summary>Each mistake in a question or an <c>answer</c> condition is reported with its code at the offending node.</summary>
public sealed class QuestionDiagnosticsTests
{
    private const string Rule = "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: {}\n";

    private const string Asks = Rule + "    ask:\n      - { id: q1, text: Is it there?, answer: yes-no }\n";

    public static TheoryData<string, DiagnosticCode, int, int> Cases => new()
    {
        // An answer type nobody knows, at the answer's value.
        { Rule + "    ask:\n      - { id: q1, text: Which?, answer: maybe }\n", DiagnosticCode.UnknownAnswerType, 7, 41 },
        { Rule + "    ask:\n      - { id: q1, text: Which?, answer: { value: colour } }\n", DiagnosticCode.UnknownAnswerType, 7, 50 },
        { Rule + "    ask:\n      - { id: q1, text: Which?, answer: { some-of: [a] } }\n", DiagnosticCode.UnknownAnswerType, 7, 43 },
        // An empty one-of, a repeated option, a missing text, an id not in kebab-case.
        { Rule + "    ask:\n      - { id: q1, text: Which?, answer: { one-of: [] } }\n", DiagnosticCode.InvalidQuestion, 7, 51 },
        { Rule + "    ask:\n      - { id: q1, text: Which?, answer: { one-of: [a, A] } }\n", DiagnosticCode.InvalidQuestion, 7, 55 },
        { Rule + "    ask:\n      - { id: q1, answer: yes-no }\n", DiagnosticCode.InvalidQuestion, 7, 9 },
        { Rule + "    ask:\n      - { id: Q 1, text: Which?, answer: yes-no }\n", DiagnosticCode.InvalidQuestion, 7, 15 },
        // A condition's question written as a mapping is read the same way.
        { "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: {}\n        ask: { id: q1, text: Which? }\n", DiagnosticCode.InvalidQuestion, 6, 14 },
        // One id, two different questions: reported at the second, naming the first.
        { Asks + "  - id: r2\n    article: a1\n    when:\n      - http-error: {}\n    ask:\n      - { id: q1, text: Is it there?, answer: { one-of: [a, b] } }\n", DiagnosticCode.ConflictingQuestion, 13, 9 },
        // An answer condition naming a question no rule asks, or a value its question does not take.
        { Asks + "    confirm:\n      - answer: { question: q2, value: yes }\n", DiagnosticCode.UnknownQuestion, 9, 29 },
        { Asks + "    confirm:\n      - answer: { question: q1, value: maybe }\n", DiagnosticCode.InvalidAnswerValue, 9, 40 },
        { Rule.Replace("      - http-error: {}\n", "      - http-error: {}\n      - not:\n          answer: { question: q1, value: [ja] }\n", StringComparison.Ordinal)
            + "    ask:\n      - { id: q1, text: Is it there?, answer: yes-no }\n", DiagnosticCode.InvalidAnswerValue, 7, 43 },
        { Rule.Replace("      - http-error: {}\n", "      - http-error: {}\n      - not:\n          answer: { question: q1, value: { one-of: [yes, ja] } }\n", StringComparison.Ordinal)
            + "    ask:\n      - { id: q1, text: Is it there?, answer: yes-no }\n", DiagnosticCode.InvalidAnswerValue, 7, 58 },
        { Asks + "    confirm:\n      - answer: { value: yes }\n", DiagnosticCode.UnknownQuestion, 9, 9 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_QuestionMistake_ReportedAtItsPosition(string yaml, DiagnosticCode code, int line, int column)
    {
        // Act
        var diagnostics = RuleHarness.Diagnose(yaml, "a1");

        // Assert
        Assert.True(diagnostics.Any(d => d.Code == code && d.Span.Line == line && d.Span.Column == column), string.Join("\n", diagnostics));
    }

    [Fact]
    public void Validate_SameQuestionAskedByTwoRules_IsNoError()
    {
        // Arrange: one question, written the same in two rules (a cause and its look-alike can share it).
        var yaml = Asks + "  - id: r2\n    article: a1\n    when:\n      - http-error: {}\n    ask:\n      - { id: q1, text: Is it there?, answer: yes-no }\n";

        // Act
        var diagnostics = RuleHarness.Diagnose(yaml, "a1");

        // Assert
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }
}
