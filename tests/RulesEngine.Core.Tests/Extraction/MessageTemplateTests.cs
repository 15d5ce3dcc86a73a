using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction;

/// <summary>Message templates mask what varies between repeats of one record and keep what tells causes apart.</summary>
public sealed class MessageTemplateTests
{
    [Theory]
    [InlineData("Message processing started for MessageGuid AGaX3mQ1c2VhYmVyLTAxAA", "Message processing started for MessageGuid <*>")]
    [InlineData("step 3 of 12 completed for MPL ID AGZ00000001 in 37 ms", "step <*> of <*> completed for MPL ID <*> in <*> ms")]
    [InlineData("request 550e8400-e29b-41d4-a716-446655440000 from 10.0.12.7:8443 at 2026-11-28T10:15:02Z", "request <*> from <*> at <*>")]
    [InlineData("XSUAA could not authenticate OAuth client with client ID sb-it-rt-acme-17", "XSUAA could not authenticate OAuth client with client ID <*>")]
    [InlineData("<< HTTP/1.1 200 OK, Content-Length: 402, x-correlationid: 00000000-0000", "<< HTTP/<*> <*> OK, Content-Length: <*>, x-correlationid: <*>")]
    public void Of_VariableTokens_AreMasked(string message, string template) =>
        Assert.Equal(template, MessageTemplate.Of(message));

    [Theory]
    [InlineData("HTTP response '401: Unauthorized' when communicating with https://host/http/wfs")]
    [InlineData("Authentication failed for request POST /http/wfs/employees, answering 401 Unauthorized")]
    [InlineData("HTTP response 403 Forbidden")]
    [InlineData("[LGN0010] Basic Authentication is disabled; [AUTH0032] Invalid client certificate; COE0020")]
    [InlineData("X.509 certificate-based authentication with OAuth2 against odata/v2")]
    [InlineData("The client certificate is not configured in a service key of a Process Integration Runtime service instance.")]
    public void Of_WhatTellsCausesApart_Stays(string message) =>
        Assert.Equal(message, MessageTemplate.Of(message));

    [Fact]
    public void Of_TwoRetriesOfOneFailure_HaveOneTemplate()
    {
        var first = MessageTemplate.Of("2026-11-28 10:15:02.345 [http-nio-8080-exec-7] token request 4711 failed after 1203 ms");
        var second = MessageTemplate.Of("2026-11-28 10:17:45.002 [http-nio-8080-exec-19] token request 4712 failed after 998 ms");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Of_DifferentStatusesOrCodes_HaveDifferentTemplates()
    {
        Assert.NotEqual(MessageTemplate.Of("answering 401 Unauthorized"), MessageTemplate.Of("answering 403 Forbidden"));
        Assert.NotEqual(MessageTemplate.Of("failed with [LGN0010]"), MessageTemplate.Of("failed with [AUTH0032]"));
    }

    [Theory]
    [InlineData("https://api4.successfactors.com/odata/v2/User?$top=20&$skip=40", "https://<*>/odata/v2/User?$top=<*>&$skip=<*>")]
    [InlineData("https://acme.example.com/odata/v2/User?$top=20", "https://acme.example.com/odata/v2/User?$top=<*>")]
    [InlineData("https://host/http/wfs/employees/1234567", "https://host/http/wfs/employees/<*>")]
    [InlineData("https://host/path?flag", "https://host/path?flag")]
    public void OfUrl_QueryValuesAndIds_AreMasked(string url, string template) =>
        Assert.Equal(template, MessageTemplate.OfUrl(url));

    [Fact]
    public void Of_Null_IsNull() => Assert.Null(MessageTemplate.Of(null));
}
