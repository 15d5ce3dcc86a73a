using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage validate</c>: every problem in compiler format, exit 3 on errors.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_ShippedKnowledgeBase_ExitsZero()
    {
        var (exit, output, error) = Run(["validate", "--rules", RepositoryPaths.Rules, "--kb", RepositoryPaths.Kb]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("knowledge base OK:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralBrokenFiles_PrintsEveryErrorAndExitsThree()
    {
        using var folder = new TempFolder();
        folder.Write("rules/a.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - log-entry: { message: { matches: '(a)\\1' } }\n");
        folder.Write("rules/b.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: { status: { bigger: 1 } }\n");
        folder.Write("kb/articles/a1.md", "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\n{{ for }}\n");

        var (exit, _, error) = Run(["validate", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb")]);

        Assert.Equal(3, exit);
        Assert.Contains("a.yaml(5,42): error RE2009:", error, StringComparison.Ordinal);
        Assert.Contains("b.yaml(2,9): error RE2010:", error, StringComparison.Ordinal);
        Assert.Contains("b.yaml(5,33): error RE2006:", error, StringComparison.Ordinal);
        Assert.Contains("a1.md(8,", error, StringComparison.Ordinal);
    }
}
