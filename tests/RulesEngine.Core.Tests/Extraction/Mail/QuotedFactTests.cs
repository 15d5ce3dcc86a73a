using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Mail;

public sealed class QuotedFactTests
{
    private const string Quote = "On Mon, 3 Nov 2026 at 10:12, Jane Doe <jane@acme.example> wrote:\n> Calls fail with HTTP 401 Unauthorized.\n> Regards, Jane\n";

    [Fact]
    public void Aggregate_SameErrorInNewAndQuotedMessage_IsNotQuoted()
    {
        var error = Assert.Single(Extract.Facts<HttpError>("We still see HTTP 401 Unauthorized today.\n\n" + Quote));

        Assert.Equal((2, false), (error.Count, error.Quoted));
    }

    [Fact]
    public void Aggregate_ErrorOnlyInQuotedMessage_IsQuoted()
    {
        var error = Assert.Single(Extract.Facts<HttpError>("Thanks, we will try the new key.\n\n" + Quote));

        Assert.Equal((1, true, 4), (error.Count, error.Quoted, error.Evidence.Line));
    }

    [Fact]
    public void Aggregate_OneQuotedOccurrenceAmongUnquotedOnes_IsNotQuoted()
    {
        // Top-posted: the first occurrence is below the header, the last above it would be in a bottom-posted reply.
        var error = Assert.Single(Extract.Facts<HttpError>(Quote + "\nWe still see HTTP 401 Unauthorized today.\n"));

        Assert.False(error.Quoted);
    }
}
