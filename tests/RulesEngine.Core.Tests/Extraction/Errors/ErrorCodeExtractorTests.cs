using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Errors;

public sealed class ErrorCodeExtractorTests
{
    [Theory]
    [InlineData("The call fails with LGN0010 since Monday", "LGN0010")]
    [InlineData("AUTH0032 again", "AUTH0032")]
    [InlineData("error COE0020 in the upsert", "COE0020")]
    [InlineData("COE_GENERAL_FORBIDDEN - [COE0020]No permission!", "COE_GENERAL_FORBIDDEN")]
    [InlineData("result: FAILED_AUTHENTICATION", "FAILED_AUTHENTICATION")]
    [InlineData("we got invalid_client back", "invalid_client")]
    [InlineData("grant failed (invalid_grant)", "invalid_grant")]
    [InlineData("token call: unauthorized_client", "unauthorized_client")]
    [InlineData("user is password_locked", "password_locked")]
    public void Extract_CodeAsWord_GivesTextErrorCode(string text, string code)
    {
        var error = Extract.Facts<ErrorCode>(text)[0];

        Assert.Equal(code, error.Code);
        Assert.Equal("text", error.Format);
        Assert.Equal(text.IndexOf(code, StringComparison.Ordinal) + 1, error.Evidence.Column);
    }

    [Theory]
    [InlineData("[AUTH0032]Invalid client certificate", "AUTH0032", "Invalid client certificate")]
    [InlineData("[COE0020]No permission! You don't have permission to view the user.", "COE0020", "No permission! You don't have permission to view the user.")]
    [InlineData("[XYZ1234] Something new", "XYZ1234", "Something new")]
    [InlineData("LGN0010: Basic Authentication is disabled for company ACME", "LGN0010", "Basic Authentication is disabled for company ACME")]
    [InlineData("LGN0010 - Basic Authentication is disabled", "LGN0010", "Basic Authentication is disabled")]
    [InlineData("invalid_client: Either the client certificate is not configured exactly once", "invalid_client", "Either the client certificate is not configured exactly once")]
    [InlineData("seen LGN0010 yesterday", "LGN0010", null)]
    public void Extract_CodeWithMessage_GivesBoth(string text, string code, string? message)
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>(text));

        Assert.Equal((code, message), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("Login failed: Attempted login from unauthorized ip 10.20.30.40 (status code = 8)", "Login failed: Attempted login from unauthorized ip 10.20.30.40")]
    [InlineData("<faultstring>FAILED_AUTHENTICATION: Attempted login from unauthorized ip (status code=8)</faultstring>", "Attempted login from unauthorized ip")]
    public void Extract_SuccessFactorsStatusCode_GivesCodeAndClauseBefore(string text, string message)
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>(text), e => e.Code == "8");

        Assert.Equal(message, error.Message);
        Assert.Equal("text", error.Format);
    }

    [Fact]
    public void Extract_ODataJsonError_GivesBodyCodeAndBracketedCode()
    {
        const string text = "{\"error\":{\"code\":\"COE_GENERAL_FORBIDDEN\",\"message\":{\"lang\":\"en-US\",\"value\":"
            + "\"[COE0020]User ADMIN doesn't have the 'Employee Central Foundation API' access permission for FOCompany.\"}}}";

        var errors = Extract.Facts<ErrorCode>(text);

        Assert.Equal(2, errors.Count);
        Assert.Equal(("COE_GENERAL_FORBIDDEN", "json"), (errors[0].Code, errors[0].Format));
        Assert.StartsWith("[COE0020]User ADMIN doesn't have", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(("COE0020", "text"), (errors[1].Code, errors[1].Format));
        Assert.EndsWith("for FOCompany.", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OAuthJsonError_GivesOneJsonFactWithDescription()
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>(
            "{\"error\":\"invalid_client\",\"error_description\":\"Bad client credentials \\\"sb-1\\\" \\u00e9\"}"));

        Assert.Equal(("invalid_client", "Bad client credentials \"sb-1\" \u00e9", "json"), (error.Code, error.Message, error.Format));
    }

    [Fact]
    public void Extract_PrettyPrintedJson_ReadsAcrossLines()
    {
        const string text = "{\n  \"error\" : {\n    \"code\" : \"LGN0010\",\n    \"message\" : {\n      \"lang\" : \"en-US\",\n"
            + "      \"value\" : \"Basic Authentication is disabled for company ACME\"\n    }\n  }\n}";

        var error = Assert.Single(Extract.Facts<ErrorCode>(text));

        Assert.Equal(("LGN0010", "Basic Authentication is disabled for company ACME", "json"), (error.Code, error.Message, error.Format));
        Assert.Equal(3, error.Evidence.Line);
    }

    [Fact]
    public void Extract_JsonErrorCodeField_GivesCodeAndErrorMessage()
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>("{\"errorCode\":\"LGN0010\",\"errorMessage\":\"OData API disabled\"}"));

        Assert.Equal(("LGN0010", "OData API disabled", "json"), (error.Code, error.Message, error.Format));
    }

    [Fact]
    public void Extract_NumericJsonErrorCode_GivesDigits()
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>("{\"error_code\": 8, \"message\": \"IP not allowed\"}"));

        Assert.Equal(("8", "IP not allowed"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("<error>invalid_client</error><error_description>Bad client credentials</error_description>", "invalid_client", "Bad client credentials")]
    [InlineData("<response>\n  <errorCode>FAILED_AUTHENTICATION</errorCode>\n  <errorMessage>Login failed</errorMessage>\n</response>", "FAILED_AUTHENTICATION", "Login failed")]
    [InlineData("<errorCode>E-42</errorCode><message>Something &amp; more</message>", "E-42", "Something & more")]
    [InlineData("<error>\n  invalid_client\n</error>", "invalid_client", null)]
    public void Extract_XmlErrorBody_GivesXmlCodeAndMessage(string text, string code, string? message)
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>(text));

        Assert.Equal((code, message, "xml"), (error.Code, error.Message, error.Format));
    }

    [Fact]
    public void Extract_ODataXmlErrorWithPrefix_GivesCodeAndMessage()
    {
        const string text = "<?xml version='1.0' encoding='utf-8'?><m:error xmlns:m=\"http://schemas.microsoft.com/ado/2007/08/dataservices/metadata\">"
            + "<m:code>COE_GENERAL_FORBIDDEN</m:code><m:message xml:lang=\"en-US\">[COE0020]No permission!</m:message></m:error>";

        var errors = Extract.Facts<ErrorCode>(text);

        Assert.Equal([("COE_GENERAL_FORBIDDEN", "[COE0020]No permission!", "xml"), ("COE0020", "No permission!", "text")],
            errors.Select(e => (e.Code, e.Message, e.Format)));
    }

    [Theory]
    [InlineData("Authentication failed")]
    [InlineData("coefficient COE00201 and LGN001")]
    [InlineData("ABC1234 is a part number")]
    [InlineData("my_invalid_client_id")]
    [InlineData("[abc1234] and [ABCDE1234] and [ABC123]")]
    [InlineData("OAUTH0032 AUTH_ COE__X")]
    [InlineData("{\"error\": null}")]
    [InlineData("<errorMessage>just a message</errorMessage>")]
    public void Extract_NoCodeShape_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<ErrorCode>(text));
    }

    [Fact]
    public void Extract_SecretInMessage_IsRedacted()
    {
        var error = Assert.Single(Extract.Facts<ErrorCode>(
            "{\"error\":\"invalid_grant\",\"error_description\":\"rejected password=Hunter2Secret for user\"}"));

        Assert.DoesNotContain("Hunter2Secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Hunter2Secret", error.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TruncatedJson_GivesNoBodyFactAndDoesNotThrow()
    {
        var errors = Extract.Facts<ErrorCode>("{\"error\":{\"code\":\"COE_GENERAL_FORBIDDEN\",\"message\":{\"value\":\"[COE");

        Assert.All(errors, e => Assert.Equal("COE_GENERAL_FORBIDDEN", e.Code));
    }
}
