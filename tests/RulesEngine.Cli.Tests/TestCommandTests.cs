using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage test</c>: runs rule-test cases, shows failures with expected vs. actual, measures rule coverage.</summary>
public sealed class TestCommandTests
{
    private const string Rule = """
        rules:
          - id: r1
            article: a1
            status: confirmed
            when:
              - http-error: { status: 401 }
          - id: r2
            article: a1
            when:
              - http-error: { status: 403 }

        """;

    private const string Article = "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\nStatus {{ finding.status }}.\n";

    private static string[] Folders(TempFolder folder) => ["--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb")];

    private static TempFolder KnowledgeBase(string tests)
    {
        var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("rules/r.tests.yaml", tests);
        folder.Write("kb/articles/a1.md", Article);
        return folder;
    }

    [Fact]
    public void Test_ShippedKnowledgeBase_AllPassWithFullCoverage()
    {
        var (exit, output, error) = Run(["test", "--rules", RepositoryPaths.Rules, "--kb", RepositoryPaths.Kb, "--min-coverage", "100"]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains(" 0 failed", output, StringComparison.Ordinal);
        Assert.Contains("(100%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FailingCase_ShowsExpectedAndActualAndExitsOne()
    {
        using var folder = KnowledgeBase("""
            cases:
              - name: wrong status
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 401 Unauthorized" }
                expect:
                  - { article: a1, status: suspected }
            """);

        var (exit, output, _) = Run(["test", .. Folders(folder)]);

        Assert.Equal(1, exit);
        Assert.Contains("r.tests.yaml(2,5): wrong status", output, StringComparison.Ordinal);
        Assert.Contains("expected a1 suspected, got a1 (confirmed 0.9, rule r1)", output, StringComparison.Ordinal);
        Assert.Contains("rules fired: r1", output, StringComparison.Ordinal);
        Assert.Contains("  r1 → a1: confirmed", output, StringComparison.Ordinal);
        Assert.Contains("[held]    when    http-error: { status: 401 }  t.txt(1,1)", output, StringComparison.Ordinal);
        Assert.Contains("  r2 → a1: did not fire", output, StringComparison.Ordinal);
        Assert.Contains("1 cases: 0 passed, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_CoverageBelowMinimum_ListsUnfiredRulesAndExitsOne()
    {
        using var folder = KnowledgeBase("""
            cases:
              - name: only r1
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 401 Unauthorized" }
                expect:
                  - { article: a1 }
            """);

        var (exit, output, _) = Run(["test", "--min-coverage", "100", .. Folders(folder)]);

        Assert.Equal(1, exit);
        Assert.Contains("rule coverage: 0/2 rules asserted present and absent (0%)", output, StringComparison.Ordinal);
        Assert.Contains("r.yaml(2,9): r1: no passing case asserts it absent ('absent: a1' or 'no-findings')", output, StringComparison.Ordinal);
        Assert.Contains("r.yaml(7,9): r2: fired by no case", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_CaseFiresARuleButAssertsNothingOfIt_TheRuleIsNotCovered()
    {
        // Both rules fire on the ticket, but the one finding for a1 is r1's: nothing asserts r2's conclusion, and nothing
        // asserts that r1 can be absent. Counting fired rules, this was 2/2.
        using var folder = KnowledgeBase("""
            cases:
              - name: fires both, asserts r1's finding
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 401 Unauthorized, then HTTP/1.1 403 Forbidden" }
                expect:
                  - { article: a1, rule: r1 }
            """);

        var (exit, output, _) = Run(["test", "--min-coverage", "100", .. Folders(folder)]);

        Assert.Equal(1, exit);
        Assert.Contains("rule coverage: 0/2 rules asserted present and absent (0%)", output, StringComparison.Ordinal);
        Assert.Contains("r1: no passing case asserts it absent", output, StringComparison.Ordinal);
        Assert.Contains("r2: no passing case expects the finding it concludes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_EachRuleAssertedPresentAndAbsent_FullCoverage()
    {
        using var folder = KnowledgeBase("""
            cases:
              - name: r1
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 401 Unauthorized" }
                expect:
                  - { article: a1, rule: r1 }
              - name: r2
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 403 Forbidden" }
                expect:
                  - { article: a1, rule: r2 }
              - name: neither
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 500 Internal Server Error" }
                absent: [a1]
            """);

        var (exit, output, _) = Run(["test", "--min-coverage", "100", .. Folders(folder)]);

        Assert.Equal(0, exit);
        Assert.Contains("rule coverage: 2/2 rules asserted present and absent (100%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_BrokenTestFile_ReportsPositionAndExitsOne()
    {
        using var folder = KnowledgeBase("cases:\n  - name: x\n    inputs: []\n    expekt: []\n");

        var (exit, _, error) = Run(["test", .. Folders(folder)]);

        Assert.Equal(1, exit);
        Assert.Contains("r.tests.yaml(4,5): error RE2002: unknown key 'expekt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_Watch_RunsAgainAfterAFileChanges()
    {
        using var folder = KnowledgeBase("""
            cases:
              - name: r1
                inputs:
                  - { name: t.txt, text: "HTTP/1.1 401 Unauthorized" }
                expect:
                  - { article: a1 }
            """);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = new SynchronizedWriter();
        var console = new CliConsole(output, TextWriter.Null, () => Stream.Null);

        var watching = TriageCli.RunAsync(["test", "--watch", .. Folders(folder)], console, cancel.Token);
        await output.WaitForAsync("watching", 1, cancel.Token);
        File.AppendAllText(Path.Combine(folder.Root, "rules", "r.tests.yaml"), "\n# touched\n");
        await output.WaitForAsync("watching", 2, cancel.Token);
        await cancel.CancelAsync();

        Assert.Equal(0, await watching);
        Assert.True(output.Count("1 cases: 1 passed") >= 2);
    }
}
