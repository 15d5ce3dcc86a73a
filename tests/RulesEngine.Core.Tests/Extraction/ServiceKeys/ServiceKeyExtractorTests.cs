using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Extraction.Certificates;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.ServiceKeys;

public sealed class ServiceKeyExtractorTests
{
    private const string Url = "https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com";
    private const string TokenUrl = "https://acme.authentication.eu10.hana.ondemand.com/oauth/token";
    private const string Secret = "Zq9-planted-client-secret-4711";

    private static readonly TestCertificates.GeneratedCertificate _client = TestCertificates.Create(
        "wfs-client", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Extract_CertificateKey_GivesKeyTypeCertificateWithFingerprintAndValidity()
    {
        // Arrange
        var json = Key($"\"certificate\": \"{_client.JsonEscaped}\", \"key\": \"{Escaped(_client.PrivateKeyPem)}\"");

        // Act
        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(json, "service-key.json"));

        // Assert
        Assert.Equal(("sb-7c1e4f0a!b41822|it-rt-acme!b117912", "certificate", "integration-flow"), (key.ClientId, key.KeyType, key.Plan));
        Assert.Equal((Url, TokenUrl), (key.Url, key.TokenUrl));
        Assert.Equal((false, true), (key.HasClientSecret, key.HasPrivateKey));
        Assert.Equal((_client.Sha256, (bool?)false), (key.CertificateSha256, key.CertificateSingleLine));
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), key.ValidUntil);
        Assert.Equal((2, 3), (key.Evidence.Line, key.Evidence.Column));
        Assert.StartsWith("\"oauth\"", key.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ExternalCertificateKey_OneLineCertificateWithoutKey()
    {
        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(Key($"\"certificate\": \"{_client.OneLinePem}\"")));

        Assert.Equal(("external-certificate", (bool?)true, false), (key.KeyType, key.CertificateSingleLine, key.HasPrivateKey));
    }

    [Fact]
    public void Extract_ClientIdSecretKey_NeverKeepsTheSecret()
    {
        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(Key($"\"clientsecret\": \"{Secret}\"")));

        Assert.Equal(("clientid-secret", true, (string?)null), (key.KeyType, key.HasClientSecret, key.CertificateSha256));
        Assert.DoesNotContain(Secret, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CfCliOutputWithCredentialsWrapper_GivesTheKeyAtTheOauthBlock()
    {
        var output = "Getting key wfs-key for service instance pi-runtime as admin@example.com...\n\n"
            + "{\n  \"credentials\": " + Key($"\"clientsecret\": \"{Secret}\"") + "\n}\n";

        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(output, "cf-service-key.txt"));

        Assert.Equal((5, 3), (key.Evidence.Line, key.Evidence.Column));
    }

    [Fact]
    public void Extract_CreationParametersInTheSameJson_GiveExplicitKeyTypeAndPlan()
    {
        var json = "{\"plan\": \"api\", \"key-type\": \"ClientId/Secret\", \"validuntil\": \"2027-05-01T00:00:00Z\", "
            + $"\"oauth\": {{\"clientid\": \"sb-1\", \"clientsecret\": \"{Secret}\", \"url\": \"https://acme.it-cpi018.cfapps.eu10.hana.ondemand.com\"}}}}";

        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(json));

        Assert.Equal(("api", "clientid-secret"), (key.Plan, key.KeyType));
        Assert.Equal(new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero), key.ValidUntil);
    }

    [Fact]
    public void Extract_SeparateCreationParameters_AreMatchedToTheKey()
    {
        var ticket = "We created the key with\n{\"grant-types\": [\"client_x509\"], \"keyType\": \"External Certificate\", \"roles\": [\"integration-flow\"]}\n"
            + "and got\n{\"oauth\": {\"clientid\": \"sb-2\", \"url\": \"https://example.com\"}}\n";

        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(ticket));

        Assert.Equal(("external-certificate", "integration-flow", "sb-2"), (key.KeyType, key.Plan, key.ClientId));
    }

    [Fact]
    public void Extract_TwoKeysInAList_GivesBothWithTheirOwnPlans()
    {
        var json = "{\"resources\": [\n"
            + "{\"name\": \"k1\", \"plan\": \"integration-flow\", \"credentials\": {\"oauth\": {\"clientid\": \"sb-1\", \"url\": \"https://a.example.com\"}}},\n"
            + "{\"name\": \"k2\", \"plan\": \"api\", \"credentials\": {\"oauth\": {\"clientid\": \"sb-2\", \"url\": \"https://b.example.com\"}}}\n]}";

        var keys = ExtractAt.Facts<ServiceKey>(json);

        Assert.Equal([("sb-1", "integration-flow"), ("sb-2", "api")], keys.Select(k => (k.ClientId!, k.Plan!)));
    }

    [Fact]
    public void Extract_BrokenJsonCutAfterTheClientId_StillGivesTheKey()
    {
        var cut = "{\n  \"oauth\": {\n    \"clientid\": \"sb-3\",\n    \"url\": \"" + Url + "\",\n    \"clientsecret\": \"abc";

        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(cut));

        Assert.Equal("sb-3", key.ClientId);
    }

    [Fact]
    public void Extract_UrlWithUserInfo_IsRedacted()
    {
        var key = Assert.Single(ExtractAt.Facts<ServiceKey>(Key("\"clientsecret\": \"x1\"").Replace(Url, "https://user:pa55word@acme.example.com", StringComparison.Ordinal)));

        Assert.Equal("https://user:***@acme.example.com", key.Url);
    }

    [Theory]
    [InlineData("{\"clientid\": \"sb-1\"}")]
    [InlineData("clientid is missing, see the oauth docs")]
    [InlineData("{\"user\": {\"clientId\": 7}}")]
    public void Extract_NoServiceKey_GivesNothing(string text)
    {
        Assert.Empty(ExtractAt.Facts<ServiceKey>(text));
    }

    [Fact]
    public void Extract_CertificateInKey_IsAlsoACertificateFact()
    {
        var certificate = Assert.Single(ExtractAt.Facts<Certificate>(Key($"\"certificate\": \"{_client.JsonEscaped}\"")));

        Assert.Equal((CertificateOrigin.ServiceKey, "oauth.certificate"), (certificate.Origin, certificate.Source));
    }

    [Fact]
    public void Extract_ThousandsOfKeysInOneList_GivesEachOnce()
    {
        var json = "{\"resources\": [" + string.Join(",\n", Enumerable.Range(0, 3000).Select(i => $"{{\"credentials\": {{\"oauth\": {{\"clientid\": \"sb-{i}\", \"url\": \"{Url}\"}}}}}}")) + "]}";

        var keys = ExtractAt.Facts<ServiceKey>(json);

        Assert.Equal(3000, keys.Count);
        Assert.Equal("sb-2999", keys[^1].ClientId);
    }

    private static string Key(string members) =>
        $"{{\n  \"oauth\": {{\n    \"clientid\": \"sb-7c1e4f0a!b41822|it-rt-acme!b117912\",\n"
        + $"    \"url\": \"{Url}\",\n    \"tokenurl\": \"{TokenUrl}\",\n    {members}\n  }}\n}}";

    private static string Escaped(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
