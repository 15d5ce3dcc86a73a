using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage test</c> measures look-alike coverage: each declared pair (a cause and the article it yields to)
/// must be tested together by a passing case, and <c>--min-coverage</c> holds it to the same bar as rule coverage.</summary>
public sealed class TestCommandLookAlikeTests
{
    private const string Rules = """
        rules:
          - id: generic
            article: generic
            when:
              - http-error: { status: 401 }
            yields-to:
              - { article: specific, exclusive: true }
          - id: specific
            article: specific
            status: confirmed
            when:
              - http-error: { status: 401 }
              - log-entry: { message: { contains: "not configured" } }
        """;

    private const string Covering = """
        cases:
          - name: a bare 401 is the generic cause
            inputs: [ { name: t.txt, text: "HTTP/1.1 401 Unauthorized" } ]
            expect: [ { article: generic } ]
            absent: [specific]
          - name: a 403 is neither
            inputs: [ { name: t.txt, text: "HTTP/1.1 403 Forbidden" } ]
            absent: [generic, specific]
        """;

    private const string TogetherCase = """
          - name: look-alike, the trace line decides for the specific cause
            inputs: [ { name: t.txt, text: "HTTP/1.1 401 Unauthorized\n2026-11-28 10:15:02.000 ERROR [exec-1] com.sap.Auth - the certificate is not configured\n" } ]
            expect: [ { article: specific, status: confirmed, top: true } ]
            absent: [generic]
        """;

    [Fact]
    public void Test_PairNeverTestedTogether_ReportedAtItsDeclaration_AndFailsMinCoverage()
    {
        using var folder = Write(Covering);

        var (exit, output, _) = Run(["test", .. Folders(folder), "--min-coverage", "100"]);

        Assert.Equal(1, exit);
        Assert.Contains("look-alike coverage: 0/1 pairs tested together (0%)", output, StringComparison.Ordinal);
        Assert.Contains("rules/r.yaml(7,20): generic yields to specific: no passing case fires it, finds specific and asserts both", output, StringComparison.Ordinal);
        Assert.Contains("look-alike coverage 0% is below --min-coverage 100%", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_PairTestedTogether_FullCoverage()
    {
        using var folder = Write(Covering + "\n" + TogetherCase);

        var (exit, output, _) = Run(["test", .. Folders(folder), "--min-coverage", "100"]);

        Assert.True(exit == 0, output);
        Assert.Contains("look-alike coverage: 1/1 pairs tested together (100%)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_CaseNamingBothWithoutTheLookAlikeFound_DoesNotCount()
    {
        // Both ids asserted, but the look-alike is only asserted absent: nothing decides between them.
        using var folder = Write(Covering.Replace("absent: [specific]", "absent: [specific]\n  - name: both named\n    inputs: [ { name: t.txt, text: \"HTTP 401\" } ]\n    expect: [ { article: generic } ]\n    absent: [specific]", StringComparison.Ordinal));

        var (_, output, _) = Run(["test", .. Folders(folder)]);

        Assert.Contains("look-alike coverage: 0/1 pairs tested together (0%)", output, StringComparison.Ordinal);
    }

    private static string[] Folders(TempFolder folder) => ["--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb")];

    private static TempFolder Write(string tests)
    {
        var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rules);
        folder.Write("rules/r.tests.yaml", tests);
        folder.WriteArticle("generic");
        folder.WriteArticle("specific");
        return folder;
    }
}
