using RulesEngine.Core.Extraction.Redaction;

namespace RulesEngine.Core.Tests.Redaction;

/// <summary>The shapes that leaked before secret families were redacted generically (issue 17), as they were reported.</summary>
public sealed class SecretRedactorReportedLeaksTests
{
    // An unquoted value runs to the line end or a separator (& , ; } "), so each case has its own line or separator.
    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID=AKIAQWERTYUIOP234567 AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
        "AWS_ACCESS_KEY_ID=*** AWS_SECRET_ACCESS_KEY=***")]
    [InlineData("grant_type=client_credentials&client_id=sb-na-1!t2&client_secret=Zx9abcdEFGH123", "grant_type=client_credentials&client_id=sb-na-1!t2&client_secret=***")]
    [InlineData("token ghp_abcdefghijklmnopqrstuvwxyz0123456789 and github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "token *** and ***")]
    [InlineData("Passwort: Sommer2026!\nKennwort=Winter-2026", "Passwort: ***\nKennwort=***")]
    [InlineData("the password is hunter2, <password>hunter4</password>\nPASSWD=hunter3", "the password is ***, <password>***</password>\nPASSWD=***")]
    [InlineData("secret：Abc123xyz", "secret：***")]
    [InlineData("pass\u200bword=Abc123xyz", "pass\u200bword=***")]
    [InlineData("https://user:Url@Pass@host.example.com/x and https://user:pa/ss@host.example.com/y", "https://user:***@host.example.com/x and https://user:***@host.example.com/y")]
    [InlineData("X-CSRF-Token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "X-CSRF-Token: ***")]
    [InlineData("clientid | sb-xxx | clientsecret | abc123DEF456ghi789=", "clientid | sb-xxx | clientsecret | ***")]
    [InlineData("clientsecret    abc123DEF456ghi789=", "clientsecret    ***")]
    [InlineData("<saml:EncryptedAssertion><xenc:EncryptedData><xenc:CipherValue>bXkgY2lwaGVy</xenc:CipherValue></xenc:EncryptedData></saml:EncryptedAssertion>",
        "<saml:EncryptedAssertion>***</saml:EncryptedAssertion>")]
    public void Redact_ReportedLeak_MasksTheValue(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_BarePrivateKeyInJson_MasksTheKeyNotTheCertificate()
    {
        // PKCS#8: SEQUENCE, INTEGER 0, rsaEncryption; a certificate opens SEQUENCE, SEQUENCE.
        var key = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + new string('A', 1550);
        const string certificate = "MIIB0DCCAXagAwIBAgIIGgg5wzMMO10wCgYIKoZIzj0EAwIwcDEfMB0GA1UEAwwWQ29ycHVzIFRlc3QgSXNzdWluZyBDQTEg";

        var redacted = SecretRedactor.Redact($"{{\"blob\": \"{key}\", \"certificate\": \"{certificate}\"}}");

        Assert.Equal($"{{\"blob\": \"***\", \"certificate\": \"{certificate}\"}}", redacted);
    }
}
