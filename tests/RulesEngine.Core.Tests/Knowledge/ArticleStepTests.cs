using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Knowledge;

/// <summary>Articles mark their steps in the front matter and say in the template which one a case has reached
/// (<c>applies "ID"</c>); the report carries that step as data. A reference to a step that does not exist is an error at
/// load, with its position.</summary>
public sealed class ArticleStepTests
{
    // Front matter lines 1-11 and these 6 lines: the body starts on line 18.
    private const string Steps = "steps:\n  - id: open-log\n    text: Open the log.\n  - id: compare\n    text: Compare the certificates.\n  - id: replace\n    text: Replace the certificate.\n";

    [Fact]
    public void Read_Steps_NumberedInListOrder()
    {
        var article = Load("Body.\n");

        Assert.Equal([new ArticleStep("open-log", 1, "Open the log."), new ArticleStep("compare", 2, "Compare the certificates."), new ArticleStep("replace", 3, "Replace the certificate.")], article.Steps.ToArray());
    }

    [Fact]
    public void Read_AppliesNamesAStepTheFrontMatterDoesNotList_ErrorAtTheCallWithASuggestion()
    {
        var (_, bag) = ArticleTexts.Read(WithSteps("Line one.\n{{ applies \"compar\" }}\n"));

        var error = DiagnosticAssert.Single(bag.Items, DiagnosticCode.UnknownStep, 20, 4);
        Assert.Contains("Did you mean 'compare'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AppliesWithoutAQuotedId_Error()
    {
        var (_, bag) = ArticleTexts.Read(WithSteps("{{ applies finding.status }}\n"));

        DiagnosticAssert.Single(bag.Items, DiagnosticCode.UnknownStep, 19, 4);
    }

    [Fact]
    public void Read_AppliesInAnArticleWithoutSteps_Error()
    {
        var (_, bag) = ArticleTexts.Read(ArticleTexts.WithBody("{{ applies \"replace\" }}\n"));

        var error = DiagnosticAssert.Single(bag.Items, DiagnosticCode.UnknownStep, ArticleTexts.BodyLine, 4);
        Assert.Contains("lists no 'steps'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steps:\n  - id: open-log\n    text: A.\n  - id: open-log\n    text: B.\n", DiagnosticCode.InvalidFrontMatter)]
    [InlineData("steps:\n  - id: Open Log\n    text: A.\n", DiagnosticCode.InvalidId)]
    [InlineData("steps:\n  - id: open-log\n", DiagnosticCode.MissingKey)]
    [InlineData("steps:\n  - id: open-log\n    text: A.\n    note: B.\n", DiagnosticCode.UnknownKey)]
    public void Read_MalformedSteps_Error(string steps, DiagnosticCode code)
    {
        var (_, bag) = ArticleTexts.Read(ArticleTexts.FrontMatter.Replace("---\n\n", "", StringComparison.Ordinal).TrimEnd('\n').Replace("see-also:", steps + "see-also:", StringComparison.Ordinal) + "\n---\nBody.\n");

        Assert.Contains(bag.Items, d => d.IsError && d.Code == code);
    }

    [Fact]
    public void Render_NoAppliesCalled_NoStepChosen()
    {
        var result = ArticleRenderer.Render(Load("Body.\n"), RenderModels.Finding());

        Assert.Null(result.AppliedStep);
    }

    [Fact]
    public void Render_SeveralApplies_TheFurthestStepWinsWhateverTheOrder()
    {
        var result = ArticleRenderer.Render(Load("{{ applies \"replace\" }}A {{ applies \"compare\" }}B\n"), RenderModels.Finding());

        Assert.Equal("replace", result.AppliedStep?.Id);
        Assert.Equal("A B\n", result.Markdown);
    }

    [Fact]
    public void Seed_CertificatesDiffer_Step4AppliesForThisTicket()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(SeedTickets.Ticket(), SeedTickets.TraceLog(SeedTickets.Certificate("a-2026")), SeedTickets.ServiceKey(SeedTickets.Certificate("a-2025")));

        Assert.Equal(new ArticleStep("recreate-service-key", 4, SeedKnowledgeBase.Instance.Articles["3474524"].Steps[3].Text), diagnosis.Findings[0].Step?.Step);
        Assert.True(diagnosis.Findings[0].Step?.ForThisTicket);
    }

    [Fact]
    public void Seed_TraceLineOnly_Step3AppliesForThisTicket()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(SeedTickets.Ticket(), SeedTickets.TraceLog(SeedTickets.Certificate("a-2026")));

        Assert.Equal(("compare-certificates", true), (diagnosis.Findings[0].Step?.Step.Id, diagnosis.Findings[0].Step?.ForThisTicket));
    }

    [Fact]
    public void Seed_TicketOnly_TheFirstStepNotChosenForThisTicket()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(SeedTickets.Ticket());

        Assert.Equal(new ApplicableStep(SeedKnowledgeBase.Instance.Articles["3474524"].Steps[0], ForThisTicket: false), diagnosis.Findings[0].Step);
    }

    private static string WithSteps(string body) => ArticleTexts.FrontMatter.Replace("see-also:", Steps + "see-also:", StringComparison.Ordinal) + body;

    private static Article Load(string body)
    {
        var (article, bag) = ArticleTexts.Read(WithSteps(body));
        Assert.Empty(bag.Items);
        return Assert.IsType<Article>(article);
    }
}
