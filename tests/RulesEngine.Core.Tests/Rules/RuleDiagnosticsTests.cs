using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>Each authoring error is reported with its stable code at the line and column of the offending node.</summary>
public sealed class RuleDiagnosticsTests
{
    private const string Header = "rules:\n  - id: r1\n    article: a1\n    when:\n";

    public static TheoryData<string, DiagnosticCode, int, int> Cases => new()
    {
        // Unknown fact kind, at the kind key.
        { Header + "      - http-eror: { status: 401 }\n", DiagnosticCode.UnknownFactKind, 5, 9 },
        // Unknown field, at the field key.
        { Header + "      - http-error: { stauts: 401 }\n", DiagnosticCode.UnknownField, 5, 23 },
        // Unknown operator, at the operator key.
        { Header + "      - http-error: { status: { bigger-than: 400 } }\n", DiagnosticCode.UnknownOperator, 5, 33 },
        // Operator that does not fit the field's type.
        { Header + "      - http-error: { status: { contains: 40 } }\n", DiagnosticCode.OperatorNotApplicable, 5, 33 },
        // Value of the wrong type.
        { Header + "      - http-error: { status: four-oh-one }\n", DiagnosticCode.InvalidValue, 5, 31 },
        // A regex that does not compile.
        { Header + "      - log-entry: { message: { matches: \"(unclosed\" } }\n", DiagnosticCode.InvalidRegex, 5, 42 },
        // A regex that needs backtracking (back-reference).
        { Header + "      - log-entry: { message: { matches: '(a)\\1' } }\n", DiagnosticCode.InvalidRegex, 5, 42 },
        // A reference to a binding that is not declared before.
        { Header + "      - certificate: { sha256: $other.sha256 }\n", DiagnosticCode.UnknownBinding, 5, 32 },
        // A rule concluding an article the knowledge base does not have.
        { "rules:\n  - id: r1\n    article: nope\n    when:\n      - http-error: {}\n", DiagnosticCode.UnknownArticle, 3, 14 },
        // Confidence outside 0..1.
        { "rules:\n  - id: r1\n    article: a1\n    confidence: 1.5\n    when:\n      - http-error: {}\n", DiagnosticCode.InvalidConfidence, 4, 17 },
        // Unknown key in a rule, with its position.
        { "rules:\n  - id: r1\n    article: a1\n    wen: []\n    when:\n      - http-error: {}\n", DiagnosticCode.UnknownKey, 4, 5 },
        // Both an article and an inferred fact.
        { "rules:\n  - id: r1\n    article: a1\n    infer: { fact: x }\n    when:\n      - http-error: {}\n", DiagnosticCode.InvalidConclusion, 2, 5 },
        // YAML: the same key twice.
        { "rules:\n  - id: r1\n    id: r2\n", DiagnosticCode.DuplicateKey, 3, 5 },
        // YAML: aliases are refused.
        { "rules:\n  - &r id: r1\n  - *r\n", DiagnosticCode.YamlFeatureNotAllowed, 2, 5 },
        // YAML: tabs and broken syntax.
        { "rules:\n  - id: r1\n\t  - x: 1\n", DiagnosticCode.YamlSyntax, 3, 1 },
        // A tab deeper in the file, inside indentation, at the tab (YamlDotNet says the enclosing mapping's start).
        { Header + "\t  - http-error: { status: 401 }\n", DiagnosticCode.YamlSyntax, 5, 1 },
        { Header + "      - http-error:\n  \t    status: 401\n", DiagnosticCode.YamlSyntax, 6, 3 },
        // Contradictory conditions: no value passes both.
        { Header + "      - http-error: { status: { at-least: 500, less-than: 400 } }\n", DiagnosticCode.ContradictoryConditions, 5, 48 },
        { Header + "      - http-error: { status: { equals: 401, not-equals: 401 } }\n", DiagnosticCode.ContradictoryConditions, 5, 46 },
        { Header + "      - log-entry: { level: { one-of: [error, warn], equals: info } }\n", DiagnosticCode.ContradictoryConditions, 5, 54 },
        { Header + "      - log-entry: { thread: { exists: false, equals: x } }\n", DiagnosticCode.ContradictoryConditions, 5, 47 },
        // Rule id that is not kebab-case.
        { "rules:\n  - id: My Rule\n    article: a1\n    when:\n      - http-error: {}\n", DiagnosticCode.InvalidId, 2, 9 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_AuthoringError_ReportedAtItsPosition(string yaml, DiagnosticCode code, int line, int column)
    {
        // Act
        var diagnostics = RuleHarness.Diagnose(yaml, "a1");

        // Assert
        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal(RuleHarness.Path, diagnostic.Span.Path);
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void Validate_DuplicateRuleId_ReportsSecondAtItsIdWithFirstPosition()
    {
        const string yaml = "rules:\n  - id: same\n    article: a1\n    when:\n      - http-error: {}\n  - id: same\n    article: a1\n    when:\n      - http-error: {}\n";

        var diagnostic = Assert.Single(RuleHarness.Diagnose(yaml, "a1"));

        Assert.Equal(DiagnosticCode.DuplicateRuleId, diagnostic.Code);
        Assert.Equal((6, 9), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("test.yaml(2,9)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ status: { at-least: 400, less-than: 500 } }")]
    [InlineData("{ status: { equals: 401, one-of: [401, 403] } }")]
    [InlineData("{ status: { equals: 401, not-equals: 403 } }")]
    [InlineData("{ url: { exists: true, contains: x } }")]
    public void Validate_CompatibleConditions_NoContradiction(string fields)
    {
        Assert.Empty(RuleHarness.Diagnose(Header + $"      - http-error: {fields}\n", "a1"));
    }

    [Fact]
    public void Validate_RulesInferringEachOther_ReportInferenceCycle()
    {
        const string yaml = """
            rules:
              - id: a
                when:
                  - b-fact: { v: x }
                infer: { fact: a-fact, set: { v: x } }
              - id: b
                when:
                  - a-fact: { v: x }
                infer: { fact: b-fact, set: { v: x } }
            """;

        var cycles = RuleHarness.Diagnose(yaml).Where(d => d.Code == DiagnosticCode.InferenceCycle).ToList();

        Assert.Equal(2, cycles.Count);
        Assert.Equal((5, 20), (cycles[0].Span.Line, cycles[0].Span.Column));
        Assert.Contains("a-fact ← b-fact ← a-fact", cycles[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownField_SuggestsTheClosestField()
    {
        var diagnostics = RuleHarness.Diagnose(Header + "      - http-error: { stauts: 401 }\n", "a1");

        Assert.Contains("Did you mean 'status'?", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralBrokenRules_ReportsEveryError()
    {
        const string yaml = "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-eror: {}\n  - id: r2\n    article: nope\n    when:\n      - log-entry: { mesage: x }\n";

        var codes = RuleHarness.Diagnose(yaml, "a1").Select(d => d.Code).Order().ToList();

        Assert.Equal([DiagnosticCode.UnknownFactKind, DiagnosticCode.UnknownField, DiagnosticCode.UnknownArticle], codes);
    }

    [Fact]
    public void ToString_Diagnostic_UsesCompilerFormat()
    {
        var diagnostic = Assert.Single(RuleHarness.Diagnose(Header + "      - http-eror: {}\n", "a1"));

        Assert.StartsWith("test.yaml(5,9): error RE2004: unknown fact kind 'http-eror'.", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedFlowListBeforeAKey_IsASyntaxErrorNotACrash()
    {
        // YamlDotNet 18.1.0 throws InvalidOperationException here instead of a YamlException.
        var diagnostic = Assert.Single(RuleHarness.Diagnose("rules: [x\nfoo: 1\n"));

        Assert.Equal(DiagnosticCode.YamlSyntax, diagnostic.Code);
    }

    [Fact]
    public void Read_DeeplyNestedYaml_IsRefusedWithoutCrashing()
    {
        var yaml = "rules: " + new string('[', 100_000) + new string(']', 100_000);

        var diagnostic = Assert.Single(RuleHarness.Diagnose(yaml));

        Assert.Equal(DiagnosticCode.NestingTooDeep, diagnostic.Code);
    }
}
