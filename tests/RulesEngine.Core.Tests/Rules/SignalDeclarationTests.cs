using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>Signals declared in rule files: validated with positions, and their captures become fields of <c>signal</c>.</summary>
public sealed class SignalDeclarationTests
{
    private const string Signals = """
        signals:
          - name: sf-unauthorized-ip
            keywords: ["Attempted login from unauthorized ip"]
            regex: 'unauthorized ip (?<ip>[0-9a-f.:]+)'
          - name: csrf-failed
            keywords: [CSRF token validation failed]

        """;

    [Fact]
    public void Validate_SignalsAndARuleOnTheirCaptures_NoDiagnosticsAndCaptureFields()
    {
        var yaml = Signals + "rules:\n  - id: r1\n    article: a1\n    when:\n      - signal: { name: sf-unauthorized-ip, ip: { starts-with: '10.' } }\n";
        var bag = new DiagnosticBag();

        var schema = RuleValidator.Validate([RuleDocumentReader.Read("s.yaml", yaml, bag)], new HashSet<string> { "a1" }, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(["name", "text", "count", "quoted", "ip"], schema.Find("signal")!.Fields.Keys);
        Assert.Equal(["sf-unauthorized-ip", "csrf-failed"], schema.SignalNames.Order(StringComparer.Ordinal).Reverse());
    }

    public static TheoryData<string, DiagnosticCode, int, int> Cases => new()
    {
        { "signals:\n  - name: a-b\n    keywords: [xyz]\n  - name: a-b\n    keywords: [uvw]\n", DiagnosticCode.DuplicateSignalName, 4, 11 },
        { "signals:\n  - name: a-b\n", DiagnosticCode.MissingKey, 2, 5 },
        { "signals:\n  - name: a-b\n    keywords: [ab]\n", DiagnosticCode.InvalidValue, 3, 16 },
        { "signals:\n  - name: a-b\n    keywords: [abc]\n    regex: '(?<=x)y'\n", DiagnosticCode.InvalidRegex, 4, 12 },
        { "signals:\n  - name: a-b\n    keywords: [abc]\n    regex: '(?<Name>y)'\n", DiagnosticCode.InvalidId, 4, 12 },
        { "signals:\n  - name: a-b\n    keywords: [abc]\n    regex: '(?<quoted>y)'\n", DiagnosticCode.InvalidId, 4, 12 },
        { "signals:\n  - name: A_B\n    keywords: [abc]\n", DiagnosticCode.InvalidId, 2, 11 },
        { "signals:\n  - name: a-b\n    keywords: [abc]\n    regx: x\n", DiagnosticCode.UnknownKey, 4, 5 },
        { Signals + "rules:\n  - id: r1\n    article: a1\n    when:\n      - signal: { name: csrf-fail }\n", DiagnosticCode.UnknownSignal, 11, 25 },
        { Signals + "rules:\n  - id: r1\n    article: a1\n    when:\n      - signal: { name: csrf-failed, port: 1 }\n", DiagnosticCode.UnknownField, 11, 38 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_BadSignal_ReportedAtItsPosition(string yaml, DiagnosticCode code, int line, int column)
    {
        var diagnostic = Assert.Single(RuleHarness.Diagnose(yaml, "a1"), d => d.Code == code);

        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Validate_UnknownSignalName_SuggestsTheDeclaredOne()
    {
        var yaml = Signals + "rules:\n  - id: r1\n    article: a1\n    when:\n      - signal: { name: csrf-fail }\n";

        var diagnostic = Assert.Single(RuleHarness.Diagnose(yaml, "a1"));

        Assert.Contains("Did you mean 'csrf-failed'?", diagnostic.Message, StringComparison.Ordinal);
    }
}
