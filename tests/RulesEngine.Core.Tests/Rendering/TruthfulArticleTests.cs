using RulesEngine.Core.Inference;
using RulesEngine.Core.Tests.Corpus;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Rendering;

/// <summary>A rendered article says only what the ticket shows: no "sends no Authorization header" when the ticket shows
/// one, no "the request carries an X-CLIENT-CERT header" when the customer is not sure of it, and its evidence keeps a
/// channel's settings readable while real credentials stay masked.</summary>
public sealed class TruthfulArticleTests
{
    private const string BearerToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjcGktcHJpY2luZyJ9.c2lnbmF0dXJlLXBhcnQtMTIzNDU2";
    private const string BasicCredential = "cHJpY2luZzpTM2NyZXQtMjAyNg==";

    [Theory]
    [InlineData("Bearer", BearerToken)]
    [InlineData("Basic", BasicCredential)]
    public void Diagnose_AuthenticationNoneWithAnAuthorizationHeader_DoesNotSayNoHeaderIsSent(string scheme, string credential)
    {
        var finding = Diagnose(
            "Subject: HTTP receiver to the pricing API gets 401\n\n"
            + "Hi, the HTTP receiver channel has Authentication: None, a Content Modifier sets the header instead.\n"
            + "Trace of the call:\n"
            + ">> POST /v1/prices HTTP/1.1\n"
            + $">> Authorization: {scheme} {credential}\n"
            + "<< HTTP/1.1 401 Unauthorized\n",
            "cpi-http-receiver-401");

        Assert.Equal(FindingStatus.Suspected, finding.Finding.Status);
        Assert.DoesNotContain("sends no `Authorization` header", finding.Resolution, StringComparison.Ordinal);
        Assert.DoesNotContain("adds no `Authorization` header", finding.Resolution, StringComparison.Ordinal);
        Assert.Contains($"yet the ticket shows an `Authorization: {scheme} …` header (ticket.txt, line 6)", finding.Resolution, StringComparison.Ordinal);
        Assert.DoesNotContain(credential, finding.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_AuthenticationNoneAndNoHeader_SaysTheChannelAddsNone()
    {
        var finding = Diagnose(
            "New HTTP receiver channel to the pricing service, Authentication: None (the service is internal).\n"
            + "The call returns HTTP/1.1 401 Unauthorized.\n",
            "cpi-http-receiver-401");

        Assert.Equal(FindingStatus.Confirmed, finding.Finding.Status);
        Assert.Contains("the channel itself adds no `Authorization` header", finding.Resolution, StringComparison.Ordinal);
        Assert.DoesNotContain("at all", finding.Resolution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We are not sure whether the X-CLIENT-CERT header is set by the client.")]
    [InlineData("I think the X-CLIENT-CERT header is set by the client.")]
    [InlineData("Maybe the X-CLIENT-CERT header is set, maybe not.")]
    [InlineData("We don't know if the X-CLIENT-CERT header is set.")]
    [InlineData("Is the X-CLIENT-CERT header set by the client?")]
    public void Diagnose_HedgedClientCertHeader_DoesNotSayTheRequestCarriesIt(string hedge)
    {
        var finding = Diagnose(
            "Our SCIM client authenticates to SuccessFactors with a certificate.\n"
            + hedge + "\n"
            + "Since the renewal, the response is HTTP/1.1 401 Unauthorized with\n"
            + "{\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"Authentication service failed to return token.\"}}\n",
            "3333286");

        Assert.DoesNotContain("The request carries an `X-CLIENT-CERT` header", finding.Resolution, StringComparison.Ordinal);
        Assert.Contains("The ticket names the `X-CLIENT-CERT` header (ticket.txt, line 2) but does not show a request that carries it", finding.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_ClientCertHeaderWithAValue_SaysTheRequestCarriesIt()
    {
        var finding = Diagnose(
            "Request headers of the failing call:\n"
            + "X-CLIENT-CERT: MIIB0DCCAXagAwIBAgIIGgg5wzMMO10wCgYIKoZIzj0EAwIw\n"
            + "Response: HTTP/1.1 401 Unauthorized {\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"Authentication service failed to return token.\"}}\n",
            "3333286");

        Assert.Contains("The request carries an `X-CLIENT-CERT` header (ticket.txt, line 2)", finding.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_ChannelSettingsBesideACredential_EvidenceKeepsTheSettingAndMasksTheCredential()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(new TicketInput(
            "ticket.txt",
            "Our Ariba sender gets HTTP/1.1 403 Forbidden from https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/ariba/po\n"
            + "Sender channel: Authorization = User Role, User Role: ZAribaSender\n"
            + "The instance has role ESBMessaging.send.\n"
            + $"The partner sends Authorization: Basic {BasicCredential}\n"));

        var finding = Assert.Single(diagnosis.Findings, f => f.Article.Id == "cpi-inbound-role-mismatch");
        Assert.Equal(FindingStatus.Confirmed, finding.Finding.Status);
        Assert.Contains(finding.Finding.Evidence, e => e.Text == "Sender channel: Authorization = User Role, User Role: ZAribaSender");
        SecretOutputs.AssertNone([BasicCredential], diagnosis, "a ticket with channel settings and a Basic credential");
    }

    private static DiagnosedFinding Diagnose(string ticket, string article)
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(new TicketInput("ticket.txt", ticket));
        var finding = Assert.Single(diagnosis.Findings, f => f.Article.Id == article);
        Assert.NotNull(finding.Resolution);
        return finding;
    }
}
