using System.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Http;

public sealed class RequestContextTests
{
    private const string Runtime = "acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com";

    [Theory]
    [InlineData("> POST /http/wfm/punches HTTP/1.1\n> Host: " + Runtime + "\n> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized\n", "https://" + Runtime + "/http/wfm/punches")]
    [InlineData("* Connected to " + Runtime + " (3.64.22.10) port 80 (#0)\n> GET /http/x HTTP/1.1\n> Host: " + Runtime + "\n< HTTP/1.1 100 Continue\n< HTTP/1.1 401 Unauthorized\n", "http://" + Runtime + "/http/x")]
    [InlineData("POST https://" + Runtime + "/http/wfm/punches\nRequest Headers\n  Content-Type: application/json\nStatus: 401 Unauthorized   Time: 231 ms\n", "https://" + Runtime + "/http/wfm/punches")]
    [InlineData("$ curl -v -u sb-x:secret https://" + Runtime + "/http/y\nHTTP/1.1 401 Unauthorized\n", "https://" + Runtime + "/http/y")]
    [InlineData("{ \"request\": { \"method\": \"POST\", \"url\": \"https:\\/\\/" + Runtime + "\\/http\\/har\", \"headers\": [] },\n  \"response\": {\n    \"status\": 401,\n    \"statusText\": \"Unauthorized\" } }", "https://" + Runtime + "/http/har")]
    public void Extract_StatusWithoutUrl_GetsTheRequestAboveAndItsDirection(string text, string url)
    {
        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal((401, url, Runtime, "inbound", "cpi-runtime"), (error.Status, error.Url, error.Host, error.Direction, error.Target));
    }

    [Theory]
    [InlineData("< HTTP/1.1 401 Unauthorized\n> POST /http/late HTTP/1.1\n> Host: " + Runtime + "\n")] // the request after the answer is not its request
    [InlineData("> POST /http/a HTTP/1.1\n> Host: " + Runtime + "\n< HTTP/1.1 200 OK\n\n< HTTP/1.1 401 Unauthorized\n")]
    [InlineData("> POST /http/a HTTP/1.1\n< HTTP/1.1 401 Unauthorized\n")] // no Host header
    [InlineData("\"response\": { \"status\": 401 }")] // a response without its request
    public void Extract_StatusWithoutItsRequest_HasNoUrl(string text)
    {
        var error = Assert.Single(Extract.Facts<HttpError>(text), e => e.Status == 401);

        Assert.Null(error.Url);
    }

    [Fact]
    public void Extract_CurlToAnotherHost_IsNotInbound()
    {
        var error = Assert.Single(Extract.Facts<HttpError>("> GET /repos HTTP/1.1\n> Host: api.github.com\n< HTTP/1.1 401 Unauthorized\n"));

        Assert.Equal(("api.github.com", null, "other"), (error.Host, error.Direction, error.Target));
    }

    [Theory]
    [InlineData("The HTTPS sender adapter answers HTTP 401.", "inbound")]
    [InlineData("Beim Sender-Kanal kommt HTTP 401 zurück.", "inbound")]
    [InlineData("SuccessFactors calls our iFlow and gets 401 Unauthorized.", "inbound")]
    [InlineData("The receiver channel gets 401 Unauthorized.", "outbound")]
    [InlineData("Im Empfänger-Kanal kommt 401 Unauthorized.", "outbound")]
    [InlineData("The iFlow calls SuccessFactors and gets 401 Unauthorized.", "outbound")]
    [InlineData("The sender channel is fine.\nThe receiver channel fails with HTTP 401.", "outbound")]
    public void Extract_ChannelWords_TellTheDirection(string text, string direction)
    {
        Assert.Equal(direction, Assert.Single(Extract.Facts<HttpError>(text)).Direction);
    }

    [Fact]
    public void Extract_ChannelWordFarAway_TellsNothing()
    {
        var text = "The receiver channel was changed.\n" + string.Concat(Enumerable.Repeat("unrelated words in between\n", 300)) + "HTTP 401 Unauthorized\n";

        Assert.Null(Assert.Single(Extract.Facts<HttpError>(text)).Direction);
    }

    [Fact]
    public void Extract_RuntimeUrlBeatsChannelWords()
    {
        var error = Assert.Single(Extract.Facts<HttpError>("receiver channel: HTTP 401 Unauthorized calling https://" + Runtime + "/http/z"));

        Assert.Equal("inbound", error.Direction);
    }

    [Fact]
    public void Extract_ManyStatusesWithoutUrl_StayLinear()
    {
        var line = "2026-11-28 10:15:02.351 WARN [exec-7] a.B - POST /http/wfs/employees answering 401 Unauthorized\n";
        string Text(int repeats) => string.Concat(Enumerable.Repeat("GET https://" + Runtime + "/http/x\n" + line + line, repeats));

        Growth.AssertLinear(Text, text => Extract.Facts<HttpError>(text), 5_000);
        Assert.Equal("inbound", Assert.Single(Extract.Facts<HttpError>(Text(20_000))).Direction);
    }
}
