using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>A rule-test case asserts extracted facts (<c>facts:</c>, <c>no-facts:</c>) by the catalog's field names: a
/// fact that is not there (or is there when forbidden) fails the case saying what was extracted instead; an unknown
/// kind, field or signal name is an error at its position with a did-you-mean.</summary>
public sealed class TestCommandExtractedFactsTests
{
    private const string Rules = """
        signals:
          - name: sender-channel
            keywords: ["sender channel"]
        rules:
          - id: unauthorized
            article: a1
            when:
              - http-error: { status: 401 }

        """;

    private const string Article = "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\nStatus {{ finding.status }}.\n";

    private const string Ticket401 = "    inputs:\n      - { name: t.txt, text: \"The sender channel got HTTP 401 Unauthorized calling https://acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com/http/x\" }\n";

    public static TheoryData<string, string> FailingCases => new()
    {
        { "    facts:\n      - { fact: http-error, status: 403 }\n", "expected the extracted fact http-error { status: 403 }, but only http-error { status: 401 }" },
        { "    facts:\n      - { fact: certificate }\n", "expected the extracted fact certificate, but none of that kind was extracted" },
        { "    no-facts:\n      - { fact: http-error, target: CPI-RUNTIME }\n", "expected no extracted fact http-error { target: CPI-RUNTIME }, but found http-error { target: cpi-runtime } at t.txt(1,24)" },
        { "    facts:\n      - { fact: http-eror }\n", "r.tests.yaml(6,9): error RE2004: facts names fact 'http-eror', which is not an extracted kind. Did you mean 'http-error'?" },
        { "    no-facts:\n      - { fact: http-error, stauts: 401 }\n", "r.tests.yaml(6,9): error RE2005: no-facts: 'http-error' has no field 'stauts'. Did you mean 'status'?" },
        { "    facts:\n      - { fact: signal, name: sender-chanel }\n", "r.tests.yaml(6,9): error RE2020: facts names signal 'sender-chanel', which no rule file declares. Did you mean 'sender-channel'?" },
        { "    facts:\n      - { status: 401 }\n", "r.tests.yaml(6,9): error RE2003: an item of 'facts' needs a 'fact:' (the extracted kind)" },
    };

    [Theory]
    [MemberData(nameof(FailingCases))]
    public void Test_ExtractedFactExpectationNotMet_CaseFailsSayingWhy(string body, string expected)
    {
        var (exit, output, _) = RunTests("cases:\n  - name: c\n" + Ticket401 + body);

        Assert.Equal(1, exit);
        Assert.Contains("1 cases: 0 passed, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ExtractedFactsPresentAndAbsent_Passes()
    {
        var (exit, output, error) = RunTests(
            "cases:\n  - name: inbound 401\n" + Ticket401
            + "    facts:\n      - { fact: http-error, status: 401, direction: inbound, target: cpi-runtime }\n      - { fact: signal, name: sender-channel }\n"
            + "    no-facts:\n      - { fact: http-error, status: 403 }\n      - { fact: certificate }\n");

        Assert.True(exit == 0, output + error);
        Assert.Contains("1 cases: 1 passed, 0 failed", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) RunTests(string tests)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rules);
        folder.Write("kb/articles/a1.md", Article);
        var file = folder.Write("rules/r.tests.yaml", tests);
        return Run(["test", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), file]);
    }
}
