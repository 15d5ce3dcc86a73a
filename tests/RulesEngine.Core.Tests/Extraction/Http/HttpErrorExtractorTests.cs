using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Http;

public sealed class HttpErrorExtractorTests
{
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
    public void Extract_NumberOutsideHttpContext_GivesNothing(string text)
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
    public void Extract_SeedSymptoms_GivesOneErrorPerLineWithPosition()
    {
        const string text = "However, the set up fails with 401 errors similar to the following:\n"
            + "401\n"
            + "'401: Unauthorized'\n"
            + "HTTP response '401: Unauthorized' when communicating with [CPI tenant URL]\n"
            + "401: Unauthorized. error in Packaged Integration - WFS to SF EC Payroll\n";

        var errors = Extract.Facts<HttpError>(text);

        Assert.Equal([(3, 2), (4, 1), (5, 1)], errors.Select(e => (e.Evidence.Line, e.Evidence.Column)));
        Assert.All(errors, e => Assert.Equal(401, e.Status));
        Assert.All(errors, e => Assert.Equal("ticket.txt", e.Evidence.Input));
    }
}
