using RulesEngine.Core.Extraction.Signals;

namespace RulesEngine.Core.Tests.Extraction.Signals;

/// <summary>A mention the customer is unsure of, or asks about, is hedged; one they state is not, and a hedge in another
/// sentence does not reach it.</summary>
public sealed class HedgesTests
{
    private const string Mention = "X-CLIENT-CERT";

    [Theory]
    [InlineData("We are not sure whether the X-CLIENT-CERT header is set.")]
    [InlineData("I think the X-CLIENT-CERT header is sent by IPS.")]
    [InlineData("Maybe X-CLIENT-CERT is missing in the request.")]
    [InlineData("We don't know if the client sends X-CLIENT-CERT at all.")]
    [InlineData("We don’t know if the client sends X-CLIENT-CERT at all.")]
    [InlineData("We do not know whether X-CLIENT-CERT is filled.")]
    [InlineData("Do we need to send the X-CLIENT-CERT header?")]
    [InlineData("Wir sind nicht sicher, ob der X-CLIENT-CERT Header gesetzt ist.")]
    [InlineData("the vendor might set X-CLIENT-CERT, please check")]
    [InlineData("Hello,\nperhaps the middleware adds X-CLIENT-CERT")]
    public void Hedge_UnsureOrAsked_IsHedged(string text)
    {
        Assert.True(Hedges.Hedge(text, text.IndexOf(Mention, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The X-CLIENT-CERT header is set, company id is ACMECORPT.")]
    [InlineData("We send X-CLIENT-CERT: MIIB0DCCAXagAwIBAgII with every call.")]
    [InlineData("I think it started on Monday. The X-CLIENT-CERT header is set.")]
    [InlineData("Not sure why this fails!\nHeaders: X-CLIENT-CERT: MIIB0DCC")]
    [InlineData("Is this a bug? We send X-CLIENT-CERT with the certificate.")]
    [InlineData("The request carries X-CLIENT-CERT; the answer is 401.")]
    [InlineData("Our SCIM client authenticates with a certificate in the X-CLIENT-CERT header (see trace.log).")]
    [InlineData("The observer wrote X-CLIENT-CERT down.")]
    public void Hedge_Stated_IsNotHedged(string text)
    {
        Assert.False(Hedges.Hedge(text, text.IndexOf(Mention, StringComparison.Ordinal)));
    }

    [Fact]
    public void Hedge_LongSentence_ReadsABoundedStretch()
    {
        // A hedge far before the mention, in a run-on "sentence" of a log line, is out of reach: the cost per mention is bounded.
        var text = "maybe " + new string('x', 10_000) + " X-CLIENT-CERT: MIIB";

        Assert.False(Hedges.Hedge(text, text.IndexOf(Mention, StringComparison.Ordinal)));
    }
}
