using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Http;

public sealed class HttpErrorExtractorTests
{
    [Fact]
    public void Extract_RepeatedLinesAmongOthers_EachLineItsOwnErrorsAtItsOwnPlace()
    {
        // Equal consecutive lines are read once and placed again: a different line between them must not be mixed in.
        const string a = "HTTP 401 Unauthorized calling https://a.example.com/api\n";
        const string b = "HTTP 503 Service Unavailable calling https://b.example.com/api\n";

        var errors = Extract.Facts<HttpError>(a + a + b + a + "x" + a);

        Assert.Equal(
            [(401, "https://a.example.com/api", 1, 4), (503, "https://b.example.com/api", 3, 1)],
            errors.Select(e => (e.Status, e.Url, e.Evidence.Line, e.Count)));
        var first = errors[0];
        Assert.Equal((5, 7), (first.Seen.Last!.Line, first.Seen.Last.Column)); // "xHTTP": no context word, the status with its reason
    }

    [Theory]
    [InlineData("'401: Unauthorized'", 401, "Unauthorized")]
    [InlineData("401: Unauthorized. error in Packaged Integration - WFS to SF EC Payroll", 401, "Unauthorized")]
    [InlineData("got 401 Unauthorized back", 401, "Unauthorized")]
    [InlineData("HTTP/1.1 401 Unauthorized", 401, "Unauthorized")]
    [InlineData("HTTP 401", 401, null)]
    [InlineData("the call failed with status code 401", 401, null)]
    [InlineData("Status: 500", 500, null)]
    [InlineData("response code: 502", 502, null)]
    [InlineData("403 Forbidden", 403, "Forbidden")]
    [InlineData("404 - not found", 404, "not found")]
    [InlineData("HTTP Status 503 \u2013 Service Unavailable", 503, "Service Unavailable")]
    [InlineData("{\"statusCode\": 429}", 429, null)]
    [InlineData("HTTP/1.1 403 Forbidden", 403, "Forbidden")]
    [InlineData("401 - Unauthorized", 401, "Unauthorized")]
    [InlineData("http 401 unauthorized", 401, "unauthorized")]
    [InlineData("HTTP 401 - Unauthorized", 401, "Unauthorized")]
    [InlineData("{\"errorHttpCode\":\"401\",\"errorMessage\":\"x\"}", 401, null)]
    [InlineData("{\"httpStatus\": 403}", 403, null)]
    [InlineData("http_status_code=502", 502, null)]
    [InlineData("HTTP error 403 - CSRF token validation failed", 403, "CSRF token validation failed")]
    [InlineData("status code 401: Invalid credentials. Retry later", 401, "Invalid credentials")]
    [InlineData("Invalid status of handshake response: 401 Unauthorized", 401, "Unauthorized")]
    [InlineData("HTTP 401 - Unauthorized in CPI, nothing in C4C", 401, "Unauthorized")]
    public void Extract_StatusInHttpContext_GivesHttpError(string text, int status, string? reason)
    {
        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal(status, error.Status);
        Assert.Equal(reason, error.Reason);
        Assert.Null(error.Url);
    }

    [Theory]
    [InlineData("Contribute to your 401(k) today")]
    [InlineData("connection refused on port 401")]
    [InlineData("see ticket ID 401")]
    [InlineData("this happens in 401 cases out of 1000")]
    [InlineData("401")]
    [InlineData("HTTP 600")]
    [InlineData("status code 999")]
    [InlineData("1401 Unauthorized")]
    [InlineData("HTTPException raised 401 times")]
    [InlineData("the HTTP 401(k) plan")]
    [InlineData("the proxy listens on port 401")]
    [InlineData("HTTP port 401 is closed")]
    [InlineData("see incident ID 401 for details")]
    [InlineData("status of ticket 401 changed")]
    [InlineData("we see it in 401 cases")]
    [InlineData("HTTP 40 or 4011 Unauthorized")]
    public void Extract_NumberOutsideHttpContext_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<HttpError>(text));
    }

    [Theory]
    [InlineData("<< HTTP/1.1 200 OK")]
    [InlineData("HTTP 302 Found, Location: https://login.example.com")]
    [InlineData("status code 204")]
    [InlineData("100 Continue")]
    public void Extract_StatusBelow400_IsNoError(string text)
    {
        Assert.Empty(Extract.Facts<HttpError>(text));
    }

    [Fact]
    public void Extract_CxfFault_GivesStatusReasonUrlAndLowerCaseHost()
    {
        const string text = "org.apache.cxf.interceptor.Fault: Could not send Message., cause: "
            + "org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with "
            + "https://My-Tenant.IT-CPI018-rt.cfapps.eu10.hana.ondemand.com/http/wfs/employees.";

        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal(401, error.Status);
        Assert.Equal("Unauthorized", error.Reason);
        Assert.Equal("https://My-Tenant.IT-CPI018-rt.cfapps.eu10.hana.ondemand.com/http/wfs/employees", error.Url);
        Assert.Equal("my-tenant.it-cpi018-rt.cfapps.eu10.hana.ondemand.com", error.Host);
        Assert.Equal(text.IndexOf("HTTP response", StringComparison.Ordinal) + 1, error.Evidence.Column);
    }

    [Fact]
    public void Extract_PlaceholderInsteadOfUrl_GivesNoUrl()
    {
        var error = Assert.Single(Extract.Facts<HttpError>("HTTP response '401: Unauthorized' when communicating with [CPI tenant URL]"));

        Assert.Null(error.Url);
        Assert.Null(error.Host);
    }

    [Fact]
    public void Extract_UrlWithCredentials_DropsUserInfo()
    {
        var error = Assert.Single(Extract.Facts<HttpError>(
            "HTTP response '401: Unauthorized' when communicating with 'https://sb-client:s3cr3t@tenant.example.com/http/x'"));

        Assert.Equal("https://tenant.example.com/http/x", error.Url);
        Assert.Equal("tenant.example.com", error.Host);
    }

    [Fact]
    public void Extract_SeedSymptoms_GivesOneErrorCountingEachLine()
    {
        const string text = "However, the set up fails with 401 errors similar to the following:\n"
            + "401\n"
            + "'401: Unauthorized'\n"
            + "HTTP response '401: Unauthorized' when communicating with [CPI tenant URL]\n"
            + "401: Unauthorized. error in Packaged Integration - WFS to SF EC Payroll\n";

        var errors = Extract.Facts<HttpError>(text);

        // "fails with 401 errors" is a status in prose, without a reason; the three quoted lines say the same thing
        // (401 Unauthorized, no URL): one error, seen three times.
        Assert.Equal([(1, 401, null), (3, 401, "Unauthorized")], errors.Select(e => (e.Evidence.Line, e.Status, e.Reason)));
        var error = errors[1];
        Assert.Equal((401, 3), (error.Status, error.Count));
        Assert.Equal(((3, 2), (5, 1)), ((error.Evidence.Line, error.Evidence.Column), (error.Seen.Last!.Line, error.Seen.Last.Column)));
        Assert.Equal(["ticket.txt", "ticket.txt"], error.SeenAt.Select(e => e.Input));
    }

    [Theory]
    [InlineData("HTTP response '401: Unauthorized' when communicating with https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs", "inbound")]
    [InlineData("org.apache.cxf.interceptor.Fault: Could not send Message., cause: org.apache.cxf.transport.http.HTTPException: "
        + "HTTP response '401: Unauthorized' when communicating with https://api4.successfactors.com/odata/v2/User", "outbound")]
    [InlineData("Receiver channel failed: HTTP 403 Forbidden, URL: https://my300000.crm.ondemand.com/sap/c4c/odata", "outbound")]
    [InlineData("status code 401 for URL: https://partner.example.com/api", null)]
    [InlineData("HTTP response '401: Unauthorized' when communicating with [CPI tenant URL]", null)]
    [InlineData("HTTP/1.1 403 Forbidden", null)]
    [InlineData("wir erhalten 403 Verboten beim Aufruf von https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wfs", "inbound")]
    [InlineData("der HTTP-Empfänger bekommt einen 401 beim Aufruf von https://api.partner.example.com/orders", "outbound")]
    [InlineData("Fehler 401 beim Aufruf von https://api.partner.example.com/orders", null)]
    public void Extract_TargetHost_GivesDirection(string text, string? direction)
    {
        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal(direction, error.Direction);
    }

    [Fact]
    public void Extract_CpiRuntimeHostInUpperCase_IsInboundWithLowerCaseHost()
    {
        var error = Assert.Single(Extract.Facts<HttpError>(
            "Sender got status code 401, URL: https://ACME.IT-CPI018-RT.cfapps.eu10-003.hana.ondemand.com/http/x"));

        Assert.Equal("acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com", error.Host);
        Assert.Equal("inbound", error.Direction);
    }

    [Fact]
    public void Extract_SeveralStatusesOnOneLine_GivesOneFactEach()
    {
        const string text = "first HTTP 500, then HTTP/1.1 403 Forbidden, finally '401: Unauthorized' when communicating with https://x.example.com";

        var errors = Extract.Facts<HttpError>(text);

        Assert.Equal([500, 403, 401], errors.Select(e => e.Status));
        Assert.Equal([7, 22, 55], errors.Select(e => e.Evidence.Column));
        Assert.Equal("https://x.example.com", errors[2].Url);
    }

    [Fact]
    public void Extract_StatusDeepInsideVeryLongLine_IsFoundAtItsColumn()
    {
        var filler = string.Concat(Enumerable.Repeat("{\"k\":\"value\"},", 20_000));
        var text = filler + "{\"errorHttpCode\":\"403\"}," + filler;

        var error = Assert.Single(Extract.Facts<HttpError>(text));

        Assert.Equal(403, error.Status);
        Assert.Equal(filler.Length + 3, error.Evidence.Column);
    }

    [Fact]
    public void Extract_CrLfLines_GivesLineNumbersAndNoCarriageReturn()
    {
        var errors = Extract.Facts<HttpError>("line one\r\nHTTP 401 - Unauthorized\r\nstatus code 500\r\n");

        Assert.Equal([(2, 401, "Unauthorized"), (3, 500, null)], errors.Select(e => (e.Evidence.Line, e.Status, e.Reason)));
    }

    [Theory]
    [InlineData("acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com", true)]
    [InlineData("tenant.it-cpi001-rt.cfapps.us10.hana.ondemand.com", true)]
    [InlineData("acme.it-cpi018.cfapps.eu10-003.hana.ondemand.com", false)]
    [InlineData("api4.successfactors.com", false)]
    public void IsCpiRuntimeHost_Host_TellsCpiRuntime(string host, bool expected)
    {
        Assert.Equal(expected, RulesEngine.Core.Extraction.Http.HttpErrorExtractor.IsCpiRuntimeHost(host));
    }
}
