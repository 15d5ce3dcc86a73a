using RulesEngine.Core.Extraction.Redaction;

namespace RulesEngine.Core.Tests.Extraction.Redaction;

public sealed class SecretRedactorShapesTests
{
    [Theory]
    [InlineData("<saml:Assertion ID=\"_a1\" Version=\"2.0\"><saml:Subject>u1</saml:Subject></saml:Assertion> ok",
        "<saml:Assertion>***</saml:Assertion> ok")]
    [InlineData("<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">\n  <saml2:Issuer>x</saml2:Issuer>\n</saml2:Assertion>",
        "<saml2:Assertion>***</saml2:Assertion>")]
    [InlineData("<Assertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">secret</Assertion>", "<Assertion>***</Assertion>")]
    [InlineData("<saml:Assertion ID=\"_cut\">\n<saml:Subject>u1\n\nnext paragraph", "<saml:Assertion>***</saml:Assertion>\n\nnext paragraph")]
    public void Redact_SamlAssertion_KeepsTheElementAndMasksItsContent(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("POST /acs SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm4%3D&RelayState=x", "POST /acs SAMLResponse=***&RelayState=x")]
    [InlineData("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Asaml2-bearer&assertion=PHNhbWw6QXNzZXJ0aW9uIHhtbG5z", "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Asaml2-bearer&assertion=***")]
    [InlineData("Unable to verify the signature of the SAML assertion. Please ensure that the assertion has a signature", "Unable to verify the signature of the SAML assertion. Please ensure that the assertion has a signature")]
    public void Redact_EncodedAssertion_MasksTheValueOnly(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("token eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyMSJ9.c2lnbmF0dXJlLXNpZ24 sent", "token *** sent")]
    [InlineData("{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.eyJhIjoiYiJ9.x\",\"token_type\":\"bearer\"}", "{\"access_token\":\"***\",\"token_type\":\"bearer\"}")]
    [InlineData("refresh_token=5f1e2d3c4b5a&x=1", "refresh_token=***&x=1")]
    [InlineData("\"id_token\": \"abc.def.ghi\"", "\"id_token\": \"***\"")]
    public void Redact_Tokens_Masked(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("https://user1:S3cr3t!pw@tenant.example.com/http/x", "https://user1:***@tenant.example.com/http/x")]
    [InlineData("sftp://sftpuser:pa55@files.example.com:22/in", "sftp://sftpuser:***@files.example.com:22/in")]
    [InlineData("https://tenant.example.com:443/http/x", "https://tenant.example.com:443/http/x")]
    [InlineData("curl -u sb-client:Zx9secret https://x.example.com", "curl -u sb-client:*** https://x.example.com")]
    [InlineData("Cookie: JSESSIONID=ABC123; __VCAP_ID__=x\nnext", "Cookie: ***\nnext")]
    [InlineData("we send Basic dXNlcjE6aHVudGVyMg== to the tenant", "we send Basic *** to the tenant")]
    [InlineData("Basic Authentication is disabled for company ACME", "Basic Authentication is disabled for company ACME")]
    public void Redact_CredentialsInUrlsCurlCookiesAndBasic_Masked(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("\"password\": \"hunter2\"", "\"password\": \"***\"")]
    [InlineData("passwd=hunter2", "passwd=***")]
    [InlineData("passphrase: correct horse", "passphrase: ***")]
    [InlineData("api_key=AKIA1234", "api_key=***")]
    [InlineData("password_locked for user ALICE", "password_locked for user ALICE")]
    [InlineData("X-CSRF-Token: Fetch", "X-CSRF-Token: Fetch")]
    public void Redact_NamedSecretFields_MaskedOthersKept(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_ManyUnclosedAssertionsAndUrls_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("<saml:Assertion x https://a:b eyJaaaaaaaaaa.bbbbbbbbbb ", 20_000));

        var redacted = SecretRedactor.Redact(text);

        Assert.StartsWith("<saml:Assertion>***</saml:Assertion>", redacted, StringComparison.Ordinal);
    }
}
