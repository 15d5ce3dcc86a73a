using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Knowledge;

public sealed class ArticleRendererSandboxTests
{
    [Theory]
    [InlineData("{{ while true }}x{{ end }}", 4)]
    [InlineData("{{ for i in 1..100000 }}{{ end }}", 14)]
    [InlineData("{{ func f(n); if n < 6; for i in 1..30; f(n + 1); end; end; end; f 0 }}", 25)]
    public void Render_EndlessOrHugeLoop_IsStoppedByLoopLimit(string body, int column)
    {
        var result = ArticleRenderer.Render(ArticleTexts.Load(body), RenderModels.Finding());

        Assert.Null(result.Markdown);
        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, DiagnosticCode.TemplateRender, ArticleTexts.BodyLine, column);
        Assert.Contains("limit", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{{ func f(n); ret f(n + 1); end; f 0 }}")]
    [InlineData("{{ func f; ret f; end; f }}")]
    public void Render_EndlessRecursion_IsStoppedByRecursiveLimit(string body)
    {
        var result = ArticleRenderer.Render(ArticleTexts.Load(body), RenderModels.Finding());

        Assert.Null(result.Markdown);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCode.TemplateRender, ArticleTexts.BodyLine), (diagnostic.Code, diagnostic.Span.Line));
        Assert.Contains("recursive", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{{ for i in 1..999 }}{{ 'x' | string.pad_right 1000 }}{{ end }}")]
    [InlineData("{{ x = 'ab' * 1000000 }}")]
    [InlineData("{{ 'x' | string.pad_left 100000000 }}")]
    [InlineData("{{ x = 'a'; for i in 1..30; x = x + x; end; x | string.size }}")]
    public void Render_HugeOutputOrString_IsStopped(string body)
    {
        var result = ArticleRenderer.Render(ArticleTexts.Load(body), RenderModels.Finding());

        Assert.Null(result.Markdown);
        Assert.Equal(DiagnosticCode.TemplateRender, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("{{ finding.GetType }}")]
    [InlineData("{{ finding.get_type }}")]
    [InlineData("{{ finding.confidence.get_type }}")]
    [InlineData("{{ finding.packages.count }}")]
    [InlineData("{{ finding.seen.year }}")]
    [InlineData("{{ finding.seen.add_days 1 }}")]
    [InlineData("{{ object.eval '1 + 1' }}")]
    [InlineData("{{ object.eval_template '{{ 1 }}' }}")]
    [InlineData("{{ include 'other' }}")]
    public void Render_DotNetMembersAndEvaluators_AreUnreachable(string body)
    {
        var result = ArticleRenderer.Render(ArticleTexts.Load(body), RenderModels.Finding());

        Assert.Null(result.Markdown);
        Assert.Equal(DiagnosticCode.TemplateRender, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Render_DateNow_ReturnsModelNowInUtc()
    {
        var article = ArticleTexts.Load("{{ date.now | date.to_string '%F %R' }} {{ date.utc_now | date.to_string '%F' }} {{ finding.seen | date.to_string '%R' }}");

        var first = ArticleRenderer.Render(article, RenderModels.Finding());
        var second = ArticleRenderer.Render(article, RenderModels.Finding());

        Assert.Equal("2024-09-26 08:15 2024-09-26 08:15\n", first.Markdown);
        Assert.Equal(first.Markdown, second.Markdown);
    }

    [Fact]
    public void Render_DateNowWithoutModelNow_IsAnError()
    {
        var model = RenderModels.Finding();
        model.Remove("now");

        var result = ArticleRenderer.Render(ArticleTexts.Load("Today: {{ date.now }}"), model);

        DiagnosticAssert.Single(result.Diagnostics, DiagnosticCode.TemplateRender, ArticleTexts.BodyLine, 11);
    }

    [Fact]
    public void Render_ChangedBuiltinInOneRender_DoesNotLeakIntoNext()
    {
        var changer = ArticleTexts.Load("{{ date.format = '%Y' }}{{ date.now }}");
        var reader = ArticleTexts.Load("{{ date.now }}");

        var changed = ArticleRenderer.Render(changer, RenderModels.Finding());
        var fresh = ArticleRenderer.Render(reader, RenderModels.Finding());

        Assert.Equal("2024\n", changed.Markdown);
        Assert.Equal("26 Sep 2024\n", fresh.Markdown);
    }

    [Fact]
    public void Render_CancelledByCaller_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ArticleRenderer.Render(ArticleTexts.Load("{{ for i in 1..10 }}x{{ end }}"), RenderModels.Finding(), cancelled.Token));
    }

    [Fact]
    public void Render_TimeLimitReached_IsAnError()
    {
        var article = ArticleTexts.Load("{{ for i in 1..900 }}{{ 'x' | string.pad_left 100 }}{{ end }}");

        var result = ArticleRenderer.Render(article, RenderModels.Finding(), TimeSpan.Zero, CancellationToken.None);

        Assert.Null(result.Markdown);
        Assert.Contains("time limit", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ConcurrentRenders_OfOneArticleStayApart()
    {
        var article = ArticleTexts.Load("{{ x = finding.rule }}{{ for i in 1..50 }}{{ end }}{{ x }}");

        var outputs = Enumerable.Range(0, 200).AsParallel()
            .Select(i => (i, ArticleRenderer.Render(article, new Dictionary<string, object?> { ["finding"] = new Dictionary<string, object?> { ["rule"] = i } }).Markdown))
            .ToList();

        Assert.All(outputs, o => Assert.Equal($"{o.i}\n", o.Markdown));
    }

    [Fact]
    public void Render_UnsupportedModelValue_IsAnError()
    {
        var model = RenderModels.Finding();
        RenderModels.FindingOf(model)["session"] = new Thread(() => { });

        var result = ArticleRenderer.Render(ArticleTexts.Load("{{ finding.status }}"), model);

        var diagnostic = DiagnosticAssert.Single(result.Diagnostics, DiagnosticCode.TemplateRender, ArticleTexts.BodyLine, 1);
        Assert.Contains("finding.session", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CyclicModel_IsAnErrorNotACrash()
    {
        var model = RenderModels.Finding();
        var loop = new List<object?>();
        loop.Add(loop);
        model["loop"] = loop;

        var result = ArticleRenderer.Render(ArticleTexts.Load("x"), model);

        Assert.Equal(DiagnosticCode.TemplateRender, Assert.Single(result.Diagnostics).Code);
    }
}
