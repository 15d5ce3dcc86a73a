using RulesEngine.Core.Extraction.Redaction;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Redaction;

public sealed class SecretRedactorTests
{
    private static readonly string _keyPem = TestCertificates.Create("key-owner").PrivateKeyPem;

    [Fact]
    public void Redact_MultiLinePrivateKey_ReplacesWholeBlock()
    {
        var redacted = SecretRedactor.Redact("before\n" + _keyPem + "after");

        Assert.Equal("before\n" + SecretRedactor.PrivateKeyMask + "\nafter", redacted);
    }

    [Theory]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("ENCRYPTED PRIVATE KEY")]
    public void Redact_LabelledPrivateKeyOnOneLine_ReplacesWholeBlock(string label)
    {
        var text = $"key: -----BEGIN {label}-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-----END {label}----- end";

        Assert.Equal("key: " + SecretRedactor.PrivateKeyMask + " end", SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_PrivateKeyWithEscapedNewlines_ReplacesWholeBlock()
    {
        var escaped = _keyPem.Replace("\n", "\\n", StringComparison.Ordinal);

        var redacted = SecretRedactor.Redact("{\"key\": \"" + escaped + "\"}");

        Assert.DoesNotContain("MI", redacted, StringComparison.Ordinal);
        Assert.StartsWith("{\"key\": \"", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_PrivateKeyWithoutEnd_ReplacesTheBase64Run()
    {
        var cut = _keyPem[.._keyPem.IndexOf("-----END", StringComparison.Ordinal)];

        var redacted = SecretRedactor.Redact(cut + ", thanks");

        Assert.Equal(SecretRedactor.PrivateKeyMask + ", thanks", redacted);
    }

    [Theory]
    [InlineData("{\"clientsecret\": \"abc123=\"}", "{\"clientsecret\": \"***\"}")]
    [InlineData("{\"client_secret\":\"a\\\"b\"}", "{\"client_secret\":\"***\"}")]
    [InlineData("{\"clientSecret\" : \"abc\", \"clientid\": \"sb-1\"}", "{\"clientSecret\" : \"***\", \"clientid\": \"sb-1\"}")]
    [InlineData("password: hunter2\nuser: bob", "password: ***\nuser: bob")]
    [InlineData("pwd=hunter2&user=bob", "pwd=***&user=bob")]
    [InlineData("secret = 's3cr3t'", "secret = '***'")]
    [InlineData("Password=hunter2\r\nnext", "Password=***\r\nnext")]
    public void Redact_SecretField_KeepsNameAndMasksValue(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("password_policy: strict")]
    [InlineData("the secretary called")]
    [InlineData("{\"key\": \"my-key-alias\"}")]
    [InlineData("{\"clientid\": \"sb-na-123!t1\", \"url\": \"https://x.example.com\"}")]
    public void Redact_NoSecret_LeavesTextAsIs(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_KeyFieldWithLongBase64_MasksValue()
    {
        const string text = "{\"key\": \"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC\"}";

        Assert.Equal("{\"key\": \"***\"}", SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic ***")]
    [InlineData("authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "authorization: Bearer ***")]
    [InlineData("\"Authorization\": \"Bearer abc.def\"", "\"Authorization\": \"Bearer ***\"")]
    [InlineData("sent Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig to the tenant", "sent Bearer *** to the tenant")]
    [InlineData("use a Bearer token", "use a Bearer token")]
    public void Redact_Credentials_MasksToken(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_AlreadyRedacted_IsUnchanged()
    {
        var once = SecretRedactor.Redact("password: x\n" + _keyPem + "Authorization: Basic abc");

        Assert.Equal(once, SecretRedactor.Redact(once));
    }

    [Fact]
    public void Redact_ManyUnterminatedPatterns_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("-----BEGIN PRIVATE KEY----- password=\"x Authorization: \"", 20_000));

        var redacted = SecretRedactor.Redact(text);

        Assert.DoesNotContain("password=\"x", redacted, StringComparison.Ordinal);
    }
}
