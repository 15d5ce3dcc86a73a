using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Tests.Knowledge;

public sealed class ArticleReaderTests
{
    [Fact]
    public void Read_ValidArticle_ReadsFrontMatterAndBody()
    {
        var (article, bag) = ArticleTexts.Read(ArticleTexts.WithBody("# {{ finding.title }}\n"));

        Assert.Empty(bag.Items);
        Assert.NotNull(article);
        Assert.Equal("3474524", article.Id);
        Assert.Equal("Client Certificate authentication failing in EC to Workforce integration", article.Title);
        Assert.Equal("SAP SuccessFactors HCM suite", article.Product);
        Assert.Equal("LOD-SF-INT-CPI-TPI", article.Component);
        Assert.Equal("https://userapps.support.sap.com/sap/support/knowledge/en/3474524", article.Source);
        Assert.Equal(["SF EC to WFS", "client certificate"], article.Keywords);
        var link = Assert.Single(article.SeeAlso);
        Assert.Equal("Client Certificate Authentication (Inbound), Cloud Foundry Environment", link.Title);
        Assert.StartsWith("https://help.sap.com/", link.Url, StringComparison.Ordinal);
        Assert.Equal(ArticleTexts.Path, article.Path);
        Assert.Equal(ArticleTexts.BodyLine, article.BodyLine);
    }

    [Fact]
    public void Read_BareNumberId_IsAccepted()
    {
        var text = ArticleTexts.WithBody("body").Replace("id: \"3474524\"", "id: 3474524", StringComparison.Ordinal);

        var (article, bag) = ArticleTexts.Read(text);

        Assert.Empty(bag.Items);
        Assert.Equal("3474524", article?.Id);
    }

    [Fact]
    public void Read_KebabCaseId_MatchesFileName()
    {
        var text = ArticleTexts.WithBody("body").Replace("id: \"3474524\"", "id: cpi-inbound-role-mismatch", StringComparison.Ordinal);

        var (article, bag) = ArticleTexts.Read(text, "kb/articles/cpi-inbound-role-mismatch.md");

        Assert.Empty(bag.Items);
        Assert.Equal("cpi-inbound-role-mismatch", article?.Id);
    }

    [Fact]
    public void Read_UnknownKey_ReportsAtKeyWithSuggestion()
    {
        var text = ArticleTexts.WithBody("body").Replace("keywords:", "keyword:", StringComparison.Ordinal);

        var (article, bag) = ArticleTexts.Read(text);

        var diagnostic = DiagnosticAssert.Single(bag.Items, DiagnosticCode.UnknownKey, 7, 1);
        Assert.Contains("'keywords'", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(article);
    }

    [Fact]
    public void Read_MissingKey_ReportsAtFrontMatterStart()
    {
        var text = ArticleTexts.WithBody("body").Replace("component: LOD-SF-INT-CPI-TPI\n", "", StringComparison.Ordinal);

        var (article, bag) = ArticleTexts.Read(text);

        var diagnostic = DiagnosticAssert.Single(bag.Items, DiagnosticCode.MissingKey, 1, 1);
        Assert.Contains("component", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(article);
    }

    [Fact]
    public void Read_IdDiffersFromFileName_ReportsAtIdValue()
    {
        var (article, bag) = ArticleTexts.Read(ArticleTexts.WithBody("body"), "kb/articles/3474525.md");

        DiagnosticAssert.Single(bag.Items, DiagnosticCode.ArticleIdMismatch, 2, 5);
        Assert.Equal("3474524", article?.Id);
    }

    [Fact]
    public void Read_TemplateSyntaxError_ReportsAtFileLineAndColumn()
    {
        var (article, bag) = ArticleTexts.Read(ArticleTexts.WithBody("# Title\n\nText {{ if }}\n"));

        // Body line 3 is file line 14; Scriban reports the error after 'if' (0-based column 11, 1-based 12).
        var diagnostic = bag.Items.First(d => d.Code == DiagnosticCode.TemplateSyntax);
        Assert.Equal((ArticleTexts.BodyLine + 2, 12), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal(ArticleTexts.Path, diagnostic.Span.Path);
        Assert.Null(article);
    }

    [Fact]
    public void Read_CrlfFile_ReportsSamePositions()
    {
        var text = ArticleTexts.WithBody("# Title\n\nText {{ if }}\n").Replace("\ntitle:", "\ntitel:", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

        var (article, bag) = ArticleTexts.Read(text);

        var unknown = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.UnknownKey);
        Assert.Equal((3, 1), (unknown.Span.Line, unknown.Span.Column));
        Assert.Contains("'title'", unknown.Message, StringComparison.Ordinal);
        var syntax = bag.Items.First(d => d.Code == DiagnosticCode.TemplateSyntax);
        Assert.Equal((ArticleTexts.BodyLine + 2, 12), (syntax.Span.Line, syntax.Span.Column));
        Assert.Null(article);
    }

    [Fact]
    public void Read_CrlfValidFile_ReadsArticle()
    {
        var (article, bag) = ArticleTexts.Read(ArticleTexts.WithBody("# Title\n").Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(bag.Items);
        Assert.Equal(ArticleTexts.BodyLine, article?.BodyLine);
    }

    [Theory]
    [InlineData("# No front matter\n")]
    [InlineData("---\nid: \"3474524\"\ntitle: never closed\n")]
    [InlineData("")]
    public void Read_NoClosedFrontMatter_ReportsAtFileStart(string text)
    {
        var (article, bag) = ArticleTexts.Read(text);

        DiagnosticAssert.Single(bag.Items, DiagnosticCode.InvalidFrontMatter, 1, 1);
        Assert.Null(article);
    }

    [Theory]
    [InlineData("source: https://userapps.support.sap.com/sap/support/knowledge/en/3474524", "source: KBA 3474524", DiagnosticCode.InvalidFrontMatter, 6, 9)]
    [InlineData("title: Client Certificate authentication failing in EC to Workforce integration", "title: ''", DiagnosticCode.InvalidFrontMatter, 3, 8)]
    [InlineData("keywords: [SF EC to WFS, client certificate]", "keywords: SF EC to WFS", DiagnosticCode.InvalidFrontMatter, 7, 11)]
    [InlineData("keywords: [SF EC to WFS, client certificate]", "keywords: [SF EC to WFS", DiagnosticCode.YamlSyntax, 7, 11)]
    [InlineData("product: SAP SuccessFactors HCM suite", "product: SAP: SuccessFactors", DiagnosticCode.YamlSyntax, 4, 13)]
    [InlineData("    url: https://help", "    link: https://help", DiagnosticCode.UnknownKey, 10, 5)]
    [InlineData("id: \"3474524\"", "id: &a \"3474524\"", DiagnosticCode.YamlFeatureNotAllowed, 2, 5)]
    public void Read_InvalidFrontMatterValue_ReportsAtValue(string line, string replacement, DiagnosticCode code, int expectedLine, int expectedColumn)
    {
        var text = ArticleTexts.WithBody("body").Replace(line, replacement, StringComparison.Ordinal);

        var (_, bag) = ArticleTexts.Read(text);

        var diagnostic = Assert.Single(bag.Items, d => d.Code == code);
        Assert.Equal((expectedLine, expectedColumn), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Read_SeeAlsoItemWithoutUrl_ReportsMissingKeyAtItem()
    {
        var text = ArticleTexts.WithBody("body").Replace("    url: https://help", "    # url: https://help", StringComparison.Ordinal);

        var (_, bag) = ArticleTexts.Read(text);

        DiagnosticAssert.Single(bag.Items, DiagnosticCode.MissingKey, 9, 5);
    }

    [Fact]
    public void Read_IdNotKebabCase_ReportsInvalidId()
    {
        var text = ArticleTexts.WithBody("body").Replace("id: \"3474524\"", "id: Role_Mismatch", StringComparison.Ordinal);

        var (_, bag) = ArticleTexts.Read(text, "kb/articles/Role_Mismatch.md");

        DiagnosticAssert.Single(bag.Items, DiagnosticCode.InvalidId, 2, 5);
    }

    [Fact]
    public void Read_BrokenFrontMatterAndBody_ReportsBoth()
    {
        var text = ArticleTexts.WithBody("{{ end }}").Replace("product:", "produkt:", StringComparison.Ordinal);

        var (_, bag) = ArticleTexts.Read(text);

        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.UnknownKey && d.Span.Line == 4);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.MissingKey);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.TemplateSyntax && d.Span.Line == ArticleTexts.BodyLine);
    }
}
