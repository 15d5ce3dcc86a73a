using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Knowledge;

public sealed class ArticleRendererTests
{
    [Fact]
    public void Render_ModelValues_RenderIntoMarkdown()
    {
        var article = ArticleTexts.Load("""
            # {{ finding.article }} is {{ finding.status }} ({{ finding.confidence * 100 }} %)
            {{ for p in finding.packages }}- {{ p }}
            {{ end }}Subject: {{ finding.certificate.subject }}, expired: {{ finding.certificate.expired }}
            """);

        var result = ArticleRenderer.Render(article, RenderModels.Finding());

        Assert.Empty(result.Diagnostics);
        Assert.Equal("# 3474524 is suspected (60 %)\n- Packaged Integration - SF EC to WFS\nSubject: CN=wfs-client, expired: false\n", result.Markdown);
    }

    [Fact]
    public void Render_Builtins_AreAvailable()
    {
        var article = ArticleTexts.Load("{{ 'abc' | string.upcase }} {{ [3, 1, 2] | array.sort | array.join ',' }} {{ math.round 1.26 1 }} {{ 'a1b2' | regex.replace '[0-9]' '' }} {{ '<b>' | html.escape }}");

        var result = ArticleRenderer.Render(article, RenderModels.Finding());

        Assert.Empty(result.Diagnostics);
        Assert.Equal("ABC 1,2,3 1.3 ab &lt;b&gt;\n", result.Markdown);
    }

    [Fact]
    public void Render_LocalVariables_AreAllowed()
    {
        var article = ArticleTexts.Load("{{ share = finding.confidence * 100 }}{{ share }}");

        var result = ArticleRenderer.Render(article, RenderModels.Finding());

        Assert.Equal("60\n", result.Markdown);
    }

    [Fact]
    public void Render_TrailingWhitespace_IsTrimmedPerLine()
    {
        var article = ArticleTexts.Load("a   \nb\t\n\n\n");

        var result = ArticleRenderer.Render(article, RenderModels.Finding());

        Assert.Equal("a\nb\n", result.Markdown);
    }

    [Fact]
    public void Render_UndefinedVariable_ReportsTemplateRenderAtFileLine()
    {
        var article = ArticleTexts.Load("# Title\n\nSee {{ findings.status }}.\n");

        var result = ArticleRenderer.Render(article, RenderModels.Finding());

        Assert.Null(result.Markdown);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, DiagnosticCode.TemplateRender, ArticleTexts.BodyLine + 2, 8);
        Assert.Equal(ArticleTexts.Path, diagnostic.Span.Path);
        Assert.Contains("findings", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownMember_IsAnError()
    {
        var article = ArticleTexts.Load("{{ finding.confidense }}");

        var result = ArticleRenderer.Render(article, RenderModels.Finding());

        DiagnosticAssert.Single(result.Diagnostics, DiagnosticCode.TemplateRender, ArticleTexts.BodyLine, 12);
    }

    [Theory]
    [InlineData("{{ finding.confidence = 0 }}")]
    [InlineData("{{ finding.extra = 1 }}")]
    [InlineData("{{ finding = 1 }}")]
    [InlineData("{{ finding.packages[0] = 'x' }}")]
    [InlineData("{{ list = finding.packages; list[0] = 'x' }}")]
    [InlineData("{{ finding.certificate.subject = 'CN=evil' }}")]
    [InlineData("{{ now = 1 }}")]
    public void Render_WriteToModel_IsRefusedAndModelUnchanged(string body)
    {
        var article = ArticleTexts.Load(body);
        var model = RenderModels.Finding();
        var before = RenderModels.FindingOf(RenderModels.Finding());

        var result = ArticleRenderer.Render(article, model);

        Assert.Null(result.Markdown);
        Assert.Equal(DiagnosticCode.TemplateRender, Assert.Single(result.Diagnostics).Code);
        var after = RenderModels.FindingOf(model);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal(0.6, after["confidence"]);
        Assert.Equal(["Packaged Integration - SF EC to WFS"], (List<object?>)after["packages"]!);
        Assert.Equal("CN=wfs-client", ((Dictionary<string, object?>)after["certificate"]!)["subject"]);
    }

    [Fact]
    public void Render_ArrayFunctions_ReturnCopiesAndLeaveModelAlone()
    {
        var article = ArticleTexts.Load("{{ finding.packages | array.add 'x' | array.size }} {{ finding.packages.size }}");
        var model = RenderModels.Finding();

        var result = ArticleRenderer.Render(article, model);

        Assert.Equal("2 1\n", result.Markdown);
        Assert.Single((List<object?>)RenderModels.FindingOf(model)["packages"]!);
    }
}
