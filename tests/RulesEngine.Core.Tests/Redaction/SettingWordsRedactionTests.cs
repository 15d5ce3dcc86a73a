using RulesEngine.Core.Extraction.Redaction;

namespace RulesEngine.Core.Tests.Redaction;

/// <summary>A channel's authentication and authorization settings, as customers describe them, name a method, not a
/// credential: redaction leaves them readable, while a header value after the same words is still masked.</summary>
public sealed class SettingWordsRedactionTests
{
    [Theory]
    [InlineData("Authorization = User Role")]
    [InlineData("Authorization: User Role")]
    [InlineData("Sender channel: Authorization: User Role, User Role: ESBMessaging.send")]
    [InlineData("Authorization = Client Certificate")]
    [InlineData("Authentication: Basic")]
    [InlineData("Authentication: Basic, Credential Name: SF_API_USER")]
    [InlineData("Authorization: Basic\nCredential Name: SF_API_USER")]
    [InlineData("Authorization type: OAuth2 Client Credentials")]
    [InlineData("Authorization: OAuth2 Client Credentials")]
    [InlineData("Authentication: OAuth2 Client Credentials")]
    [InlineData("Authorization: OAuth2 SAML Bearer Assertion")]
    [InlineData("Authentication = None")]
    [InlineData("Authorization: None")]
    [InlineData("the HTTP receiver has Authentication: Basic and the credential is deployed")]
    [InlineData("Authorization: Basic, Credential Name: SF_API_USER")]
    [InlineData("Authorization: Basic Authentication")]
    [InlineData("Authorization: OAuth Client Credentials")]
    [InlineData("Authorization: OAuth 2.0 Client Credentials")]
    [InlineData("Authorization: OAuth2ClientCredentials")]
    [InlineData("Authorization: SAML Bearer Assertion")]
    [InlineData("Authorization: Basic | Credential Name: SF_API_USER")]
    [InlineData("\"Authorization\": \"User Role\"")]
    [InlineData("Authorization: Client Certificate; Authentication: None")]
    [InlineData("Credential Type: OAuth2 Client Credentials")]
    [InlineData("Authentication type: Basic")]
    [InlineData("Authorization: Basic.")]
    [InlineData("Authorization: None (no header)")]
    [InlineData("Authorisation: User Role")]
    public void Redact_ChannelSetting_LeavesItReadable(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic ***")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop", "Authorization: Bearer ***")]
    [InlineData("Authorization: Basic dXNlcjpwYXNz\nAuthorization = User Role", "Authorization: Basic ***\nAuthorization = User Role")]
    [InlineData("authorization: basic QUxJQ0U6c2VjcmV0", "authorization: basic ***")]
    [InlineData("Authorization: Basic, dXNlcjpwYXNz", "Authorization: Basic***")]
    [InlineData("Authorization: None dXNlcjpwYXNz", "Authorization: None ***")]
    [InlineData("Authorization: OAuth2 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop", "Authorization: OAuth2 ***")]
    [InlineData("Authorization: Basic User Role", "Authorization: Basic ***")]
    public void Redact_HeaderValueAfterTheSameWords_StillMasksIt(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }
}
