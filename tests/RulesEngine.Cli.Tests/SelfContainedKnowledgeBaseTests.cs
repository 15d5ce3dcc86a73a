using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>A knowledge base is its own folders: copied anywhere with only <c>rules/</c> and <c>kb/</c>, it validates
/// and passes its tests; <c>validate</c> checks its rule-test files too; a test input outside the rules folder is an
/// error, never a silent skip.</summary>
public sealed class SelfContainedKnowledgeBaseTests
{
    [Fact]
    public void ShippedKnowledgeBase_CopiedWithOnlyItsFolders_ValidatesAndPassesItsTests()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "copy/rules");
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "copy/kb");

        var validate = Run(["validate", "--rules", rules, "--kb", kb]);
        var test = Run(["test", "--rules", rules, "--kb", kb, "--min-coverage", "100"]);

        Assert.Equal((0, ""), (validate.Exit, validate.Error));
        Assert.Equal((0, ""), (test.Exit, test.Error));
        Assert.Contains(" passed, 0 failed", test.Out, StringComparison.Ordinal);
        Assert.Contains("(100%)", test.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenRuleTestFile_Exit3WithItsPositionedErrors()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        folder.Write("rules/broken.tests.yaml",
            "cases:\n  - name: broken\n    inputs:\n      - { name: t.txt, text: \"HTTP 401\" }\n    expect:\n      - { article: \"3474524\", top: yes }\n  - name: unknown id\n    inputs:\n      - { name: t.txt, text: \"HTTP 401\" }\n    absent: [\"347452\"]\n");

        var (exit, _, error) = Run(["validate", "--rules", rules, "--kb", RepositoryPaths.Kb]);

        Assert.Equal(3, exit);
        Assert.Contains("broken.tests.yaml(6,36): error RE2008: 'top' is true or false", error, StringComparison.Ordinal);
        Assert.Contains("broken.tests.yaml(7,5): error RE2011: absent names article '347452', which the knowledge base does not have. Did you mean '3474524'?", error, StringComparison.Ordinal);
        Assert.Contains("2 error(s) in the knowledge base's rule-test files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InputOutsideTheRulesFolder_CaseFailsNamingThePath()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "kb-copy/rules");
        folder.Write("outside.txt", "HTTP 401 Unauthorized");
        var tests = folder.Write("kb-copy/rules/outside.tests.yaml", "cases:\n  - name: outside\n    inputs:\n      - file: ../../outside.txt\n    no-findings: true\n");

        var (exit, output, _) = Run(["test", "--rules", rules, "--kb", RepositoryPaths.Kb, tests]);

        Assert.Equal(1, exit);
        Assert.Contains("1 cases: 0 passed, 1 failed", output, StringComparison.Ordinal);
        Assert.Contains("outside.tests.yaml(4,15): error RE2008: '../../outside.txt' leaves the knowledge base's rules folder", output, StringComparison.Ordinal);
    }
}
