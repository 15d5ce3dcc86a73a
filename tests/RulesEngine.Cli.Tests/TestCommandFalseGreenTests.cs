using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage test</c> never reports green on a broken case: a missing input, a typo in a key or a value, a
/// boolean that is not true or false, or an article or rule id that names nothing makes the case fail, counted in the
/// summary, with its position (and a did-you-mean where one is close).</summary>
public sealed class TestCommandFalseGreenTests
{
    private const string Rule = "rules:\n  - id: r1\n    article: a1\n    status: confirmed\n    when:\n      - http-error: { status: 401 }\n";

    private const string Article = "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\nStatus {{ finding.status }}.\n";

    private const string Ticket = "    inputs:\n      - { name: t.txt, text: \"HTTP 401 Unauthorized\" }\n";

    public static TheoryData<string, string> BrokenCases => new()
    {
        { "    inputs:\n      - file: no-such-file.txt\n    absent: [a1]\n", "r.tests.yaml(4,15): error RE1001: cannot read 'no-such-file.txt'" },
        { Ticket + "    expect:\n      - artcle: a1\n    absent: [a2]\n", "r.tests.yaml(6,9): error RE2002: unknown key 'artcle' in an expected finding" },
        { Ticket + "    expect:\n      - { article: a1, status: suspect }\n", "r.tests.yaml(6,32): error RE2008: 'status' is 'suspected' or 'confirmed'" },
        { Ticket + "    expect:\n      - { article: a1 }\n    question: [why]\n", "r.tests.yaml(7,5): error RE2002: unknown key 'question' in a test case" },
        { "    now: tomorrow\n" + Ticket + "    expect:\n      - { article: a1 }\n", "r.tests.yaml(3,10): error RE2008: 'now' must be a time" },
        { Ticket + "    expect:\n      - { article: a1, top: True }\n", "r.tests.yaml(6,29): error RE2008: 'top' is true or false" },
        { Ticket + "    expect:\n      - { article: a1, top: yes }\n", "r.tests.yaml(6,29): error RE2008: 'top' is true or false" },
        { Ticket + "    no-findings: yes\n", "r.tests.yaml(5,18): error RE2008: 'no-findings' is true or false" },
        { Ticket + "    absent: [a1x]\n    expect:\n      - { article: a1 }\n", "error RE2011: absent names article 'a1x', which the knowledge base does not have. Did you mean 'a1'?" },
        { Ticket + "    expect:\n      - { article: a2 }\n", "error RE2011: expect names article 'a2', which the knowledge base does not have. Did you mean 'a1'?" },
        { Ticket + "    expect:\n      - { article: a1, rule: r2 }\n", "error RE2008: expect names rule 'r2', which the knowledge base does not have. Did you mean 'r1'?" },
    };

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Test_BrokenCase_CountedAsFailedWithItsPosition(string body, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("kb/articles/a1.md", Article);
        var tests = folder.Write("rules/r.tests.yaml", "cases:\n  - name: broken\n" + body);

        var (exit, output, _) = Run(["test", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), tests]);

        Assert.Equal(1, exit);
        Assert.Contains("1 cases: 0 passed, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_SameCaseWrittenRight_Passes()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("kb/articles/a1.md", Article);
        var tests = folder.Write("rules/r.tests.yaml", "cases:\n  - name: right\n" + Ticket + "    expect:\n      - { article: a1, status: confirmed, rule: r1, top: true }\n    absent: []\n");

        var (exit, output, error) = Run(["test", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), tests]);

        Assert.True(exit == 0, output + error);
        Assert.Contains("1 cases: 1 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ExpectedArticleDoesNotRender_CaseFails()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        // Valid at load, but past the loop limit when rendered.
        folder.Write("kb/articles/a1.md", Article.Replace("Status {{ finding.status }}.", "{{ for i in 1..5000 }}.{{ end }}", StringComparison.Ordinal));
        var tests = folder.Write("rules/r.tests.yaml", "cases:\n  - name: renders\n" + Ticket + "    expect:\n      - { article: a1 }\n");

        var (exit, output, _) = Run(["test", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), tests]);

        Assert.Equal(1, exit);
        Assert.Contains("1 cases: 0 passed, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("expected a1, but its article does not render for this ticket", output, StringComparison.Ordinal);
    }
}
