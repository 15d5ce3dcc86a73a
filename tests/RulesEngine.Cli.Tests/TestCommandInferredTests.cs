using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>A rule-test case asserts inferred facts (<c>inferred:</c>, <c>not-inferred:</c>): a fact that is not there
/// (or is there when forbidden) fails the case with what was inferred instead; an unknown kind or field is an error at
/// its position with a did-you-mean; and an infer rule is covered only when cases assert its fact present and absent.</summary>
public sealed class TestCommandInferredTests
{
    private const string Rules = """
        rules:
          - id: classify
            when:
              - http-error: { status: { at-least: 400 } }
                as: error
            infer:
              fact: failure-class
              set: { status: $error.status, family: client }
          - id: conclude
            article: a1
            when:
              - failure-class: { family: client }

        """;

    private const string Article = "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\nStatus {{ finding.status }}.\n";

    private const string Ticket401 = "    inputs:\n      - { name: t.txt, text: \"HTTP 401 Unauthorized\" }\n";

    private const string TicketOk = "    inputs:\n      - { name: t.txt, text: \"all good\" }\n";

    public static TheoryData<string, string> FailingCases => new()
    {
        { Ticket401 + "    inferred:\n      - { fact: failure-class, status: 403 }\n", "expected the inferred fact failure-class { status: 403 }, but only failure-class { family: client, status: 401 }" },
        { Ticket401 + "    not-inferred:\n      - { fact: failure-class, family: client }\n", "expected no inferred fact failure-class { family: client }, but rule classify inferred failure-class { family: client, status: 401 }" },
        { Ticket401 + "    inferred:\n      - { fact: failure-clas }\n", "r.tests.yaml(6,9): error RE2004: inferred names fact 'failure-clas', which no rule infers. Did you mean 'failure-class'?" },
        { Ticket401 + "    not-inferred:\n      - { fact: failure-class, famly: client }\n", "r.tests.yaml(6,9): error RE2005: not-inferred: 'failure-class' has no field 'famly'. Did you mean 'family'?" },
        { Ticket401 + "    inferred:\n      - { status: 401 }\n", "r.tests.yaml(6,9): error RE2003: an item of 'inferred' needs a 'fact:'" },
        { Ticket401 + "    inferred:\n      - { fact: failure-class, status: [401] }\n", "r.tests.yaml(6,40): error RE2008: 'status' is compared with one value" },
    };

    [Theory]
    [MemberData(nameof(FailingCases))]
    public void Test_InferredExpectationNotMet_CaseFailsSayingWhy(string body, string expected)
    {
        var (exit, output, _) = RunTests("cases:\n  - name: c\n" + body);

        Assert.Equal(1, exit);
        Assert.Contains("1 cases: 0 passed, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InferredPresentAndAbsent_PassesWithFullCoverage()
    {
        var (exit, output, error) = RunTests(
            "cases:\n  - name: client error\n" + Ticket401 + "    inferred:\n      - { fact: failure-class, status: 401, family: CLIENT }\n    expect:\n      - { article: a1 }\n"
            + "  - name: no error\n" + TicketOk + "    not-inferred:\n      - { fact: failure-class }\n    absent: [a1]\n");

        Assert.True(exit == 0, output + error);
        Assert.Contains("2 cases: 2 passed, 0 failed", output, StringComparison.Ordinal);
        Assert.Contains("rule coverage: 2/2 rules asserted present and absent (100%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InferRuleNeverAssertedAbsent_NotCovered()
    {
        var (exit, output, _) = RunTests("cases:\n  - name: client error\n" + Ticket401 + "    inferred:\n      - { fact: failure-class }\n    expect:\n      - { article: a1 }\n");

        Assert.Equal(1, exit);
        Assert.Contains("classify: no passing case in which it does not fire asserts it absent ('not-inferred:', 'absent: a1' or 'no-findings')", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) RunTests(string tests)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rules);
        folder.Write("kb/articles/a1.md", Article);
        var file = folder.Write("rules/r.tests.yaml", tests);
        return Run(["test", "--min-coverage", "100", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), file]);
    }
}
