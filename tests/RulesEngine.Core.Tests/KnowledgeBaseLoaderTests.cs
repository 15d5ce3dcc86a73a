using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests;

/// <summary>Loading a knowledge base from folders: every error at once, and templates that misbehave are stopped.</summary>
public sealed class KnowledgeBaseLoaderTests
{
    private const string Article = """
        ---
        id: a1
        title: A test article
        product: Test
        component: TEST
        source: https://example.com/a1
        ---
        Status {{ finding.status }}.

        """;

    private const string Rule = """
        rules:
          - id: r1
            article: a1
            status: confirmed
            when:
              - http-error: { status: 401 }

        """;

    [Fact]
    public void Load_BrokenRuleAndBrokenArticle_ReportsBothWithPositions()
    {
        using var folder = new TempFolder();
        folder.Write("rules/a.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-eror: {}\n");
        folder.Write("rules/b.yaml", "rules:\n  - id: r2\n    article: missing\n    when:\n      - http-error: {}\n");
        folder.Write("kb/articles/a1.md", Article.Replace("{{ finding.status }}", "{{ if }}", StringComparison.Ordinal));

        var result = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb"));

        Assert.Null(result.KnowledgeBase);
        var found = result.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Span.Path), d.Span.Line, d.Span.Column)).ToList();
        Assert.Contains((DiagnosticCode.UnknownFactKind, "a.yaml", 5, 9), found);
        Assert.Contains((DiagnosticCode.UnknownArticle, "b.yaml", 3, 14), found);
        Assert.Contains(found, d => d.Item1 == DiagnosticCode.TemplateSyntax && d.Item2 == "a1.md" && d.Line == 8);
    }

    [Theory]
    [InlineData("{{ finding.statsu }}", 8, 12, "Did you mean 'status'?")]
    [InlineData("{{ bound.eror.status }}", 8, 10, "Did you mean 'error'?")]
    [InlineData("{{ bound.error.stauts }}", 8, 16, "Did you mean 'status'?")]
    [InlineData("{{ facts.http_errors }}", 8, 10, "Did you mean 'http_error'?")]
    [InlineData("{{ for c in facts.certificate }}{{ c.sha265 }}{{ end }}", 8, 38, "Did you mean 'sha256'?")]
    [InlineData("{{ findings.status }}", 8, 4, "Did you mean 'finding'?")]
    public void Load_TemplateUsesWhatTheModelLacks_ReportedAtLoadWithPosition(string body, int line, int column, string hint)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule.Replace("- http-error: { status: 401 }", "- http-error: { status: 401 }\n        as: error", StringComparison.Ordinal));
        folder.Write("kb/articles/a1.md", Article.Replace("Status {{ finding.status }}.", body, StringComparison.Ordinal));

        var result = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb"));

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.UnknownTemplateVariable);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ x = 1 }}{{ x }}")]
    [InlineData("{{ for c in facts.certificate }}{{ c.sha256 }} {{ c.evidence.line }}{{ end }}")]
    [InlineData("{{ string.upcase finding.status }} {{ date.to_string now '%F' }}")]
    [InlineData("{{ for p in packages }}{{ for a in p.alternatives }}{{ a.url }}{{ end }}{{ end }}")]
    [InlineData("{{ func twice; ret $0 * 2; end }}{{ twice 2 }} {{ article.see_also.size }}")]
    public void Load_TemplateUsesOnlyTheModel_NoDiagnostic(string body)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("kb/articles/a1.md", Article.Replace("Status {{ finding.status }}.", body, StringComparison.Ordinal));

        var result = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb"));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_ArticleNoRuleConcludes_IsAWarningNotAnError()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("kb/articles/a1.md", Article);
        folder.Write("kb/articles/a2.md", Article.Replace("id: a1", "id: a2", StringComparison.Ordinal));

        var result = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb"));

        Assert.NotNull(result.KnowledgeBase);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCode.ArticleNotConcluded, false), (warning.Code, warning.IsError));
        Assert.EndsWith("a2.md", warning.Span.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolders_ReportsFolderNotFound()
    {
        var result = KnowledgeBaseLoader.Load("/nonexistent/rules", "/nonexistent/kb");

        Assert.Null(result.KnowledgeBase);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCode.FolderNotFound));
    }

    [Fact]
    public void Load_ValidFolders_CompilesAndDiagnoses()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("kb/articles/a1.md", Article);

        var result = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb"));
        var diagnosis = result.KnowledgeBase!.Diagnose([new TicketInput("t.txt", "HTTP/1.1 401 Unauthorized")]);

        Assert.Equal("Status confirmed.", diagnosis.Findings.Single().Resolution?.Trim());
        Assert.Matches("^[0-9a-f]{64}$", result.KnowledgeBase.Revision);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ finding.confidence = 0 }}")]
    [InlineData("{{ func f; ret f; end; f }}")]
    public void Diagnose_TemplateLoopsOrWritesTheModel_IsStoppedAndReported(string body)
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", Rule);
        folder.Write("kb/articles/a1.md", Article.Replace("Status {{ finding.status }}.", body, StringComparison.Ordinal));
        var knowledgeBase = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb")).KnowledgeBase!;

        var finding = knowledgeBase.Diagnose([new TicketInput("t.txt", "HTTP/1.1 401 Unauthorized")]).Findings.Single();

        Assert.Null(finding.Resolution);
        var error = Assert.Single(finding.RenderDiagnostics);
        Assert.Equal((DiagnosticCode.TemplateRender, 8), (error.Code, error.Span.Line));
        Assert.Equal(0.9, finding.Finding.Confidence); // the model was not changed by the template
    }
}
