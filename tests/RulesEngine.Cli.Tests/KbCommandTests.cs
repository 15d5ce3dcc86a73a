using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage kb</c> and <c>triage validate --format json</c>.</summary>
public sealed class KbCommandTests
{
    private static readonly string[] Shipped = ["--rules", RepositoryPaths.Rules, "--kb", RepositoryPaths.Kb];

    [Fact]
    public void KbList_ShippedKnowledgeBase_ListsArticlesWithRulesAndTestCounts()
    {
        var (exit, output, _) = Run(["kb", "list", .. Shipped]);

        Assert.Equal(0, exit);
        Assert.Contains("3474524", output, StringComparison.Ordinal);
        Assert.Matches(@"3474524 +Client Certificate authentication failing in EC to Workforce integration\n +rules: wfs-client-certificate, wfs-client-certificate-stated; families: cpi-inbound-401, cpi-401; test cases: [1-9][0-9]*", output);
    }

    [Fact]
    public void KbRender_WithATestCase_RendersWhatTheCustomerWouldRead()
    {
        var (exit, output, _) = Run(["kb", "render", "3474524", "--case", "the trace log and the service key hold different certificates", .. Shipped]);

        Assert.Equal(0, exit);
        Assert.Contains("3474524 confirmed for test case", output, StringComparison.Ordinal);
        Assert.Contains("the two certificates differ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void KbRender_UnknownCase_ExitsTwo()
    {
        var (exit, _, error) = Run(["kb", "render", "3474524", "--case", "no such case", .. Shipped]);

        Assert.Equal(2, exit);
        Assert.Contains("no test case is named 'no such case'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999", "triage: no such article '9999'. 'triage kb list' lists them")]
    [InlineData("347452", "triage: no such article '347452'. Did you mean '3474524'? 'triage kb list' lists them")]
    public void KbRender_UnknownArticle_ExitsTwoSayingSoWithASuggestion(string id, string expected)
    {
        var (exit, output, error) = Run(["kb", "render", id, .. Shipped]);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal(expected, error.Trim());
    }

    [Fact]
    public void KbRender_OtherTestFileBroken_RendersWithoutItsErrors()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        folder.Write("rules/broken.tests.yaml", "cases:\n  - name: broken\n    inputs: []\n    expect:\n      - { article: \"3474524\", top: yes }\n");

        var (exit, output, error) = Run(["kb", "render", "3474524", "--rules", rules, "--kb", RepositoryPaths.Kb]);

        Assert.Equal((0, ""), (exit, error));
        Assert.StartsWith("<!-- 3474524 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JsonFormat_ListsDiagnosticsForTools()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-eror: {}\n");
        folder.Write("kb/articles/a1.md", "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\nx\n");

        var (exit, output, _) = Run(["validate", "--format", "json", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb")]);

        Assert.Equal(3, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal(("RE2004", 5, 9, "error"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("severity").GetString()));
    }
}
