using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Errors;

public sealed class ExceptionExtractorTests
{
    [Fact]
    public void Extract_CxfFaultChain_GivesOneFactPerLinkWithItsMessage()
    {
        const string text = "org.apache.cxf.interceptor.Fault: Could not send Message., cause: "
            + "org.apache.cxf.transport.http.HTTPException: HTTP response '401: Unauthorized' when communicating with https://acme.example.com/x";

        var mentions = Extract.Facts<ExceptionMention>(text);

        Assert.Equal(
            [
                ("org.apache.cxf.interceptor.Fault", "Fault", "Could not send Message."),
                ("org.apache.cxf.transport.http.HTTPException", "HTTPException", "HTTP response '401: Unauthorized' when communicating with https://acme.example.com/x"),
            ],
            mentions.Select(m => (m.Class, m.Name, m.Message)));
        Assert.Equal([1, 67], mentions.Select(m => m.Evidence.Column));
    }

    [Fact]
    public void Extract_PkixChainOnOneLine_EndsEachMessageAtTheNextLink()
    {
        const string text = "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.validator.ValidatorException: "
            + "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target";

        var mentions = Extract.Facts<ExceptionMention>(text);

        Assert.Equal(
            [
                ("SSLHandshakeException", "PKIX path building failed"),
                ("ValidatorException", "PKIX path building failed"),
                ("SunCertPathBuilderException", "unable to find valid certification path to requested target"),
            ],
            mentions.Select(m => (m.Name, m.Message)));
        Assert.Equal("sun.security.provider.certpath.SunCertPathBuilderException", mentions[2].Class);
    }

    [Theory]
    [InlineData("401 - Unauthorized, InvalidClientException, invalid_client", "InvalidClientException")]
    [InlineData("com.sap.it.rt.adapter.http.api.exception.InvalidClientException occurred", "com.sap.it.rt.adapter.http.api.exception.InvalidClientException")]
    [InlineData("java.lang.OutOfMemoryError", "java.lang.OutOfMemoryError")]
    [InlineData("Caused by: java.io.IOException", "java.io.IOException")]
    [InlineData("a SoapFault came back", "SoapFault")]
    [InlineData("at the end: java.lang.Exception.", "java.lang.Exception")]
    [InlineData("Outer$InnerException: x", "Outer$InnerException")]
    public void Extract_ClassName_GivesMention(string text, string name)
    {
        var mention = Assert.Single(Extract.Facts<ExceptionMention>(text));

        Assert.Equal(name, mention.Class);
    }

    [Theory]
    [InlineData("ERROR Error error an exception occurred, a Fault")]
    [InlineData("\tat org.apache.cxf.FooException.<init>(FooException.java:12)")]
    [InlineData("see ValidationException.java for details")]
    [InlineData("com.sap.it.ErrorHandler - failed")]
    [InlineData("Org.Apache.SomeException")]
    [InlineData("SOAPFAULT and HTTPERROR")]
    [InlineData("<detail><SFWebServiceFault><errorCode>X</errorCode></SFWebServiceFault></detail>")]
    [InlineData("GET /api/ValidationError/list")]
    public void Extract_NotAnExceptionClass_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<ExceptionMention>(text));
    }

    [Fact]
    public void Extract_EachOccurrence_GivesItsOwnFact()
    {
        var mentions = Extract.Facts<ExceptionMention>("javax.net.ssl.SSLException: first\njavax.net.ssl.SSLException: second\n");

        Assert.Equal([(1, "first"), (2, "second")], mentions.Select(m => (m.Evidence.Line, m.Message)));
    }

    [Fact]
    public void Extract_NoMessage_GivesNullMessage()
    {
        var mention = Assert.Single(Extract.Facts<ExceptionMention>("java.lang.IllegalStateException\n\tat a.b.C.d(C.java:1)"));

        Assert.Null(mention.Message);
    }

    [Fact]
    public void Extract_NestedExceptionMarker_EndsMessage()
    {
        var mention = Extract.Facts<ExceptionMention>(
            "org.springframework.web.client.HttpClientErrorException: 401 Unauthorized; nested exception is java.io.IOException: x")[0];

        Assert.Equal("401 Unauthorized", mention.Message);
    }

    [Fact]
    public void Extract_SecretInMessage_IsRedacted()
    {
        var mention = Assert.Single(Extract.Facts<ExceptionMention>(
            "javax.security.auth.login.LoginException: login with password=Sup3rSecret failed"));

        Assert.DoesNotContain("Sup3rSecret", mention.Message, StringComparison.Ordinal);
    }
}
