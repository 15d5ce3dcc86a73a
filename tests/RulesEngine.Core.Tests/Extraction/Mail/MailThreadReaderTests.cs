using RulesEngine.Core.Extraction;
using RulesEngine.Core.Extraction.Mail;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Mail;

public sealed class MailThreadReaderTests
{
    [Fact]
    public void Read_NestedQuotes_RemovesEveryDepthsPrefixAndMarksThemQuoted()
    {
        const string mail = "Still failing, see below.\n\n> We get a 401 now.\n> > the 401 from yesterday\n>> older text\n";

        var view = Read(mail);

        Assert.Equal("Still failing, see below.\n\nWe get a 401 now.\nthe 401 from yesterday\nolder text\n", view.Content);
        Assert.False(view.IsQuoted(0));
        Assert.True(view.IsQuoted(view.Content.IndexOf("We get", StringComparison.Ordinal)));
        Assert.True(view.IsQuoted(view.Content.IndexOf("older", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("From: Jane Doe <jane@acme.example>\nSent: Monday, November 3, 2026 10:12 AM\nTo: CPI Support <support@acme.example>\nSubject: 401 on the WFS iFlow\n")]
    [InlineData("Von: Jens Müller <jens@acme.example>\nGesendet: Montag, 3. November 2026 10:12\nAn: CPI Support <support@acme.example>\nBetreff: 401 im WFS-iFlow\n")]
    [InlineData("From: Jane Doe <jane@acme.example> Sent: Monday, November 3, 2026 10:12 AM To: CPI Support Subject: 401 on the WFS iFlow\n")]
    [InlineData("-----Original Message-----\n")]
    [InlineData("-----Ursprüngliche Nachricht-----\n")]
    public void Read_TopPostedReplyHeader_QuotesEverythingBelowIt(string header)
    {
        var mail = "The certificate is renewed, please check again.\n\n" + header + "\nWe get HTTP 401 Unauthorized on every call.\n";

        var view = Read(mail);

        Assert.Equal(mail, view.Content);
        Assert.False(view.IsQuoted(mail.IndexOf("renewed", StringComparison.Ordinal)));
        Assert.True(view.IsQuoted(mail.IndexOf("401 Unauthorized", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("On Mon, 3 Nov 2026 at 10:12, Jane Doe <jane@acme.example> wrote:")]
    [InlineData("Am 03.11.2026 um 10:12 schrieb Jens Müller <jens@acme.example>:")]
    public void Read_IntroThenQuoteThenReply_ReplyBelowTheQuoteIsNotQuoted(string intro)
    {
        var mail = intro + "\n> We get HTTP 401 Unauthorized.\n> Any idea?\n\nThe 500 is new today.\n";

        var view = Read(mail);

        Assert.True(view.IsQuoted(0));
        Assert.True(view.IsQuoted(view.Content.IndexOf("401", StringComparison.Ordinal)));
        Assert.False(view.IsQuoted(view.Content.IndexOf("500", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_CurlVerboseTranscript_ReturnsTheSourceItself()
    {
        const string curl = "* Connected to acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com port 443\n* TLSv1.3 (OUT), TLS handshake\n"
            + "> GET /http/wfs/employees HTTP/1.1\n> Host: acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com\n> User-Agent: curl/8.5.0\n>\n"
            + "< HTTP/1.1 401 Unauthorized\n< Content-Length: 0\n";
        var source = new SourceText("curl.txt", curl);

        Assert.Same(source, MailThreadReader.Read(source));
    }

    [Fact]
    public void Read_WireLogWithDoubledMarkers_IsNoQuote()
    {
        const string trace = "From the trace of the message:\n\n>> POST /v2/prices/bulk HTTP/1.1\n>> Authorization: Bearer abc.def.ghi\n<< HTTP/1.1 401 Unauthorized\n";
        var source = new SourceText("ticket.txt", trace);

        Assert.Same(source, MailThreadReader.Read(source));
    }

    [Fact]
    public void Read_CurlTranscriptInsideAQuote_KeepsCurlsOwnMarkers()
    {
        const string mail = "On Mon, 3 Nov 2026 at 10:12, Jane Doe <jane@acme.example> wrote:\n> Here is curl -v:\n"
            + "> > POST /http/orders HTTP/1.1\n> > Host: acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com\n> >\n> < HTTP/1.1 401 Unauthorized\n";

        var view = Read(mail);

        Assert.Contains("\n> POST /http/orders HTTP/1.1\n> Host: acme.", view.Content, StringComparison.Ordinal);
        Assert.Contains("\n< HTTP/1.1 401 Unauthorized\n", view.Content, StringComparison.Ordinal);
        Assert.True(view.IsQuoted(view.Content.IndexOf("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_ExceptionMessageCutAt76Columns_IsRejoinedAndEvidenceNamesTheOriginalLineAndColumn()
    {
        // The seed's trace line, as a mail client wrapped it at 76 columns inside a quote.
        const string mail = "The trace shows this:\n\n"
            + "> 2026-11-28 10:15:02.345 ERROR [http-nio-8080-exec-7]\n"
            + "> com.sap.it.security.authentication.ClientCertificateAuthenticator - The\n"
            + "> client certificate is not configured in a service key of a Process\n"
            + "> Integration Runtime service instance. Client certificate:\n";

        var entry = Assert.Single(Extract.Facts<LogEntry>(mail));

        Assert.Equal("The client certificate is not configured in a service key of a Process Integration Runtime service instance. Client certificate:", entry.Message);
        Assert.Equal(("ERROR", "com.sap.it.security.authentication.ClientCertificateAuthenticator"), (entry.Level, entry.Logger));
        Assert.Equal((3, 3, true), (entry.Evidence.Line, entry.Evidence.Column, entry.Quoted));
        var view = Read(mail);
        var the = view.EvidenceAt(view.Content.IndexOf("The client", StringComparison.Ordinal));
        var integration = view.EvidenceAt(view.Content.IndexOf("Integration", StringComparison.Ordinal));
        Assert.Equal((4, "> com.sap.it.security.authentication.ClientCertificateAuthenticator - ".Length + 1), (the.Line, the.Column));
        Assert.Equal((6, 3), (integration.Line, integration.Column));
    }

    [Fact]
    public void Extract_ExceptionMessageCutAt76Columns_IsReadWholeWithItsErrorAtTheOriginalLine()
    {
        const string mail = "On Mon, 3 Nov 2026 at 10:12, Jane Doe <jane@acme.example> wrote:\n"
            + "> com.sap.it.rt.adapter.http.api.exception.HttpResponseException: An internal\n"
            + "> error occurred: HTTP response '401: Unauthorized' when communicating with\n"
            + "> https://acme-hr.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees\n";

        var facts = Extract.All(mail);

        var exception = Assert.Single(facts.OfType<ExceptionMention>());
        Assert.Equal("An internal error occurred: HTTP response '401: Unauthorized' when communicating with https://acme-hr.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees", exception.Message);
        Assert.Equal((2, 3), (exception.Evidence.Line, exception.Evidence.Column));
        var error = Assert.Single(facts.OfType<HttpError>());
        Assert.Equal(("https://acme-hr.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees", 3, true), (error.Url, error.Evidence.Line, error.Quoted));
    }

    [Fact]
    public void Read_UrlCutInsideByTheClient_IsJoinedWithoutASpace()
    {
        const string mail = "> > Calls fail with HTTP 401 at https://acme-hr.it-cpi018-rt.cfapps.eu10-003.hana\n"
            + "> > .ondemand.com/http/wfs/employees?mode=full since Monday\n";

        var view = Read(mail);

        Assert.Equal("Calls fail with HTTP 401 at https://acme-hr.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs/employees?mode=full since Monday\n", view.Content);
        var rest = view.EvidenceAt(view.Content.IndexOf(".ondemand", StringComparison.Ordinal));
        Assert.Equal((2, 5, true), (rest.Line, rest.Column, rest.Quoted));
    }

    [Fact]
    public void Read_ShortLineBeforeLowerCaseLine_IsNotJoined()
    {
        const string mail = "> We restarted the iFlow\n> and it failed again\n";

        Assert.Equal("We restarted the iFlow\nand it failed again\n", Read(mail).Content);
    }

    [Fact]
    public void Read_ProseWithOneComparisonLine_ReturnsTheSourceItself()
    {
        const string ticket = "The calls are slow and fail with 401:\n> 5 seconds per call since Monday\nPlease help.\n";
        var source = new SourceText("ticket.txt", ticket);

        Assert.Same(source, MailThreadReader.Read(source));
    }

    [Fact]
    public void Read_PemLinesInAThread_AreNotJoined()
    {
        const string mail = "> -----BEGIN CERTIFICATE-----\n> MIIB+DCCAZ6gAwIBAgIDOn8hMAoGCCqGSM49BAMCMFoxCzAJBgNVBAYTAkRFMRUw\n"
            + "> nPDjj2wzDK+eSpix67a/uk8zRSnIvXankqKNs3SsOmDNiRrPzqibrslyaBsDqrH0X\n> -----END CERTIFICATE-----\n";

        Assert.Equal(4, Read(mail).LineCount - 1);
    }

    [Fact]
    public void Read_CrLfLines_RejoinsAndKeepsEvidenceAtTheOriginalColumns()
    {
        const string mail = "> > javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate while\r\n"
            + "> > calling the receiver https://api.acme.example/orders\r\n> > Regards\r\n";

        var view = Read(mail);
        var exception = Assert.Single(Extract.Facts<ExceptionMention>(mail));

        Assert.StartsWith("javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate while calling the receiver", view.Content, StringComparison.Ordinal);
        Assert.Equal("Received fatal alert: bad_certificate while calling the receiver https://api.acme.example/orders", exception.Message);
        Assert.Equal((1, 5, true), (exception.Evidence.Line, exception.Evidence.Column, exception.Quoted));
        var calling = view.EvidenceAt(view.Content.IndexOf("calling", StringComparison.Ordinal));
        Assert.Equal((2, 5), (calling.Line, calling.Column));
    }

    [Fact]
    public void Read_ReplyWithoutAnyHeaderOrQuote_ReturnsTheSourceItself()
    {
        var source = new SourceText("ticket.txt", "From: the sender system we get 401.\nThe iFlow was deployed from: our dev tenant.\n");

        Assert.Same(source, MailThreadReader.Read(source));
    }

    [Theory]
    [InlineData("On Monday our admin wrote:")]
    [InlineData("Am 24.11. schrieb uns der Kollege:")]
    public void Read_ProseLikeAnIntroHeader_ReturnsTheSourceItself(string line)
    {
        var source = new SourceText("ticket.txt", line + "\nThe sender gets HTTP 401 Unauthorized.\n");

        Assert.Same(source, MailThreadReader.Read(source));
    }

    [Fact]
    public void EvidenceAt_QuotedLine_IsQuotedButEqualToUnquotedEvidenceAtTheSamePlace()
    {
        var evidence = Read("> We get a 401.\n> Regards\n").EvidenceAt(0);

        Assert.True(evidence.Quoted);
        Assert.Equal(new Evidence("mail.txt", 1, 3, "other text"), evidence);
    }

    private static SourceText Read(string text) => MailThreadReader.Read(new SourceText("mail.txt", text));
}
