using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>Named condition blocks: <c>conditions:</c> defines them once (in any file), <c>- uses: name</c> splices them
/// into a rule with their bindings, and every mistake is reported where it was written.</summary>
public sealed class ConditionBlockTests
{
    private const string Blocks = """
        conditions:
          inbound-401:
            - http-error: { status: 401, direction: { not-equals: outbound } }
              as: error
          with-trace:
            - uses: inbound-401
            - log-entry: { message: { contains: "not configured" } }
              as: trace
        """;

    [Fact]
    public void Fire_RuleUsingABlock_MatchesAsIfWrittenInline_AndKeepsItsBindings()
    {
        var factory = RuleHarness.Compile(Blocks + "\nrules:\n  - id: r1\n    article: a1\n    when:\n      - uses: inbound-401\n      - log-entry: { message: { contains: $error.reason } }\n", "a1");

        var finding = Assert.Single(RuleHarness.Findings(factory, RuleHarness.Http(401), RuleHarness.Log("Reason given")));
        Assert.Contains(finding.Facts, f => f.Binding == "error");
        Assert.Empty(RuleHarness.Findings(factory, RuleHarness.Http(403), RuleHarness.Log("Reason given")));
    }

    [Fact]
    public void Fire_BlockUsingABlock_InsideNotAndAnyOf()
    {
        var factory = RuleHarness.Compile(Blocks + "\nrules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: {}\n      - not:\n          uses: with-trace\n", "a1");

        Assert.Single(RuleHarness.Findings(factory, RuleHarness.Http(401)));
        Assert.Empty(RuleHarness.Findings(factory, RuleHarness.Http(401), RuleHarness.Log("the certificate is not configured")));
    }

    [Fact]
    public void Load_BlockInAnotherFile_IsShared()
    {
        using var folder = new TempFolder();
        folder.Write("rules/shared.yaml", Blocks);
        folder.Write("rules/cause.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - uses: with-trace\n");
        folder.WriteArticle("a1");

        var loaded = folder.LoadKnowledgeBase();

        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
        var diagnosis = loaded.KnowledgeBase.Diagnose([new TicketInput("t.txt", "HTTP 401 Unauthorized\n2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - the client certificate is not configured in a service key\n")], new DiagnoseOptions(DateTimeOffset.UnixEpoch));
        Assert.Equal("a1", Assert.Single(diagnosis.Findings).Finding.Article);
    }

    [Theory]
    [InlineData("      - uses: inbound-410\n", 13, 15, DiagnosticCode.ConditionBlock, "no condition block is named 'inbound-410'. Did you mean 'inbound-401'?")]
    [InlineData("      - uses: [inbound-401]\n", 13, 15, DiagnosticCode.InvalidValue, "'uses' (the name of a condition block)")]
    [InlineData("      - uses: inbound-401\n        as: x\n", 13, 9, DiagnosticCode.UnexpectedNode, "'uses' must be the only key of its list item")]
    public void Validate_BadUses_ErrorAtItsPosition(string use, int line, int column, DiagnosticCode code, string message)
    {
        var errors = RuleHarness.Diagnose(Blocks + "\nrules:\n  - id: r1\n    article: a1\n    when:\n" + use, "a1").Where(d => d.IsError);

        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((code, line, column), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Validate_BlockUsingItself_ErrorNamingTheCircle()
    {
        var yaml = "conditions:\n  a:\n    - uses: b\n  b:\n    - uses: a\nrules:\n  - id: r1\n    article: a1\n    when:\n      - uses: a\n";

        var error = Assert.Single(RuleHarness.Diagnose(yaml, "a1"), d => d.IsError);

        Assert.Equal((DiagnosticCode.ConditionBlock, 5, 13), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("condition block 'a' uses itself (a -> b -> a)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlockDefinedTwice_ErrorAtTheSecond()
    {
        using var folder = new TempFolder();
        folder.Write("rules/a.yaml", "conditions:\n  x:\n    - http-error: {}\nrules:\n  - id: r1\n    article: a1\n    when:\n      - uses: x\n");
        folder.Write("rules/b.yaml", "conditions:\n  x:\n    - log-entry: {}\n");
        folder.WriteArticle("a1");

        var loaded = folder.LoadKnowledgeBase();

        var error = Assert.Single(loaded.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCode.ConditionBlock, "rules/b.yaml", 2, 3), (error.Code, error.Span.Path, error.Span.Line, error.Span.Column));
        Assert.Contains("is already defined at rules/a.yaml(2,3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnusedBlock_Warning()
    {
        var warning = Assert.Single(RuleHarness.Diagnose("conditions:\n  lonely:\n    - http-error: {}\nrules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: {}\n", "a1"));

        Assert.Equal((DiagnosticCode.ConditionBlock, false, 2, 3), (warning.Code, warning.IsError, warning.Span.Line, warning.Span.Column));
    }

    [Fact]
    public void Validate_ErrorInsideABlock_ReportedAtTheBlocksLine()
    {
        var error = Assert.Single(RuleHarness.Diagnose("conditions:\n  x:\n    - http-error: { statsu: 401 }\nrules:\n  - id: r1\n    article: a1\n    when:\n      - uses: x\n", "a1"), d => d.IsError);

        Assert.Equal((DiagnosticCode.UnknownField, 3, 21), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("Did you mean 'status'?", error.Message, StringComparison.Ordinal);
    }
}
