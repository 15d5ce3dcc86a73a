using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Mail;

public sealed class ResolvedMentionExtractorTests
{
    [Theory]
    [InlineData("Hi Jane, the 401 is gone since we re-created the key.", "the 401 is gone", 401)]
    [InlineData("Fixed now, thanks a lot!", "Fixed", null)]
    [InlineData("The iFlow works again after the restart.", "The iFlow works again", null)]
    [InlineData("Good news: the HTTP 403 is resolved.", "the HTTP 403 is resolved", 403)]
    [InlineData("Problem gelöst, danke!", "Problem gelöst", null)]
    [InlineData("After the 403 was sorted out, the 401 is gone too.", "the 401 is gone", 401)]
    [InlineData("Seit heute Morgen funktioniert wieder alles.", "Seit heute Morgen funktioniert wieder", null)]
    [InlineData("Der 401 ist behoben, nachdem wir den Schlüssel neu angelegt haben.", "Der 401 ist behoben", 401)]
    public void Extract_StatementThatTheErrorIsGone_GivesAMentionWithItsPhraseAndStatus(string text, string phrase, int? status)
    {
        var mention = Assert.Single(Extract.Facts<ResolvedMention>(text));

        Assert.Equal((phrase, status, false), (mention.Text, mention.Status, mention.Quoted));
    }

    [Theory]
    [InlineData("Is it fixed?")]
    [InlineData("Is the 401 resolved on your side")]
    [InlineData("The issue is not resolved.")]
    [InlineData("It is still not working, the 401 is not gone.")]
    [InlineData("Das Problem ist nicht gelöst.")]
    [InlineData("Weiterhin 401, das Problem ist gelöst worden sagt der Kollege, aber weiterhin Fehler.")]
    [InlineData("Please tell us once it is fixed.")]
    [InlineData("We use a fixed IP address for the proxy.")]
    [InlineData("The issue remains unresolved.")]
    [InlineData("Our admin has gone on leave.")]
    [InlineData("Es funktioniert wieder nicht.")]
    [InlineData("It was resolved last week, but the 401 came back today.")]
    [InlineData("Der Fehler war behoben, ist aber seit heute wieder da.")]
    public void Extract_QuestionNegationOrAdjective_GivesNoMention(string text)
    {
        Assert.Empty(Extract.Facts<ResolvedMention>(text));
    }

    [Fact]
    public void Extract_StatementInQuotedHistory_IsIgnored()
    {
        const string mail = "The 401 is back since this morning.\n\nOn Mon, 3 Nov 2026 at 10:12, Jane Doe <jane@acme.example> wrote:\n> The 401 is gone since we re-created the key.\n> Regards\n";

        Assert.Empty(Extract.Facts<ResolvedMention>(mail));
    }
}
