using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

public sealed class CertificateExtractorTests
{
    private static readonly DateTimeOffset _notBefore = new(2024, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _notAfter = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TestCertificates.GeneratedCertificate _client =
        TestCertificates.Create("wfs-client", _notBefore, _notAfter, issuerCn: "Test CA");

    [Fact]
    public void Extract_MultiLinePem_GivesCertificateFields()
    {
        var certificate = Assert.Single(Extract.Facts<Certificate>("Here is our certificate:\n" + _client.Pem));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.Equal(_client.Sha1, certificate.Sha1);
        Assert.Equal("CN=wfs-client,O=Test,C=DE", certificate.Subject);
        Assert.Equal("CN=Test CA,O=Test,C=DE", certificate.Issuer);
        Assert.Equal(_client.Certificate.SerialNumber.ToString(16).ToUpperInvariant(), certificate.Serial);
        Assert.Equal(_notBefore, certificate.NotBefore);
        Assert.Equal(_notAfter, certificate.NotAfter);
        Assert.Equal(TimeSpan.Zero, certificate.NotAfter.Offset);
        Assert.Equal(CertificateOrigin.Ticket, certificate.Origin);
        Assert.False(certificate.SingleLine);
        Assert.Equal((2, 1), (certificate.Evidence.Line, certificate.Evidence.Column));
    }

    [Fact]
    public void Extract_PemWithCrLf_GivesCertificate()
    {
        var certificate = Assert.Single(Extract.Facts<Certificate>(_client.Pem.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(_client.Sha256, certificate.Sha256);
    }

    [Fact]
    public void Extract_OneLinePem_GivesSingleLineCertificate()
    {
        var certificate = Assert.Single(Extract.Facts<Certificate>("cert: " + _client.OneLinePem + " thanks"));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.True(certificate.SingleLine);
        Assert.Equal(7, certificate.Evidence.Column);
    }

    [Fact]
    public void Extract_PemWithSpacesForLineBreaks_GivesSingleLineCertificate()
    {
        var spaced = _client.Pem.TrimEnd().Replace('\n', ' ');

        var certificate = Assert.Single(Extract.Facts<Certificate>(spaced));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.True(certificate.SingleLine);
    }

    [Fact]
    public void Extract_BareBase64AfterClientCertificate_GivesTraceLogCertificate()
    {
        var log = "2024-09-26 10:15:02.123 ERROR [exec-7] com.sap.it.security.Logger - The client certificate is not configured "
            + "in a service key of a Process Integration Runtime service instance. Client certificate:\n"
            + _client.Base64 + "\n"
            + "2024-09-26 10:15:02.200 INFO [exec-7] com.sap.Other - done\n";

        var certificate = Assert.Single(Extract.Facts<Certificate>(log, "trace.log"));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.Equal(CertificateOrigin.TraceLog, certificate.Origin);
        Assert.True(certificate.SingleLine);
        Assert.Equal(("trace.log", 2, 1), (certificate.Evidence.Input, certificate.Evidence.Line, certificate.Evidence.Column));
    }

    [Fact]
    public void Extract_WrappedBase64AfterClientCertificate_GivesMultiLineTraceLogCertificate()
    {
        var wrapped = string.Join("\n", _client.Base64.Chunk(64).Select(c => new string(c)));
        var log = "2024-09-26 10:15:02 ERROR a.B - Client certificate:\n" + wrapped + "\nKind regards\n";

        var certificate = Assert.Single(Extract.Facts<Certificate>(log));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.Equal(CertificateOrigin.TraceLog, certificate.Origin);
        Assert.False(certificate.SingleLine);
    }

    [Fact]
    public void Extract_SapListRecordWithCertificateField_GivesTraceLogCertificate()
    {
        var line = "#2.0#2024 09 26 10:15:02:123#+0000#Error#com.sap.it.security.Logger#Plain##"
            + "The client certificate is not configured in a service key. Client certificate: " + _client.Base64 + "#";

        var certificate = Assert.Single(Extract.Facts<Certificate>(line));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.Equal(CertificateOrigin.TraceLog, certificate.Origin);
        Assert.True(certificate.SingleLine);
    }

    [Fact]
    public void Extract_PemAfterClientCertificate_IsOneTraceLogCertificate()
    {
        var certificate = Assert.Single(Extract.Facts<Certificate>("Client certificate:\n" + _client.Pem));

        Assert.Equal(CertificateOrigin.TraceLog, certificate.Origin);
    }

    [Fact]
    public void Extract_ServiceKeyJsonWithEscapedNewlines_GivesMultiLineServiceKeyCertificate()
    {
        var json = "{\n  \"oauth\": {\n    \"clientid\": \"sb-123\",\n"
            + "    \"certificate\": \"" + _client.JsonEscaped + "\",\n"
            + "    \"url\": \"https://tenant.authentication.eu10.hana.ondemand.com\"\n  }\n}\n";

        var certificate = Assert.Single(Extract.Facts<Certificate>(json, "service-key.json"));

        Assert.Equal(_client.Sha256, certificate.Sha256);
        Assert.Equal(CertificateOrigin.ServiceKey, certificate.Origin);
        Assert.False(certificate.SingleLine);
        Assert.Equal((4, 21), (certificate.Evidence.Line, certificate.Evidence.Column));
    }

    [Fact]
    public void Extract_ServiceKeyJsonWithOneLineCertificate_GivesSingleLineServiceKeyCertificate()
    {
        var json = "{\"clientid\":\"sb-1\",\"certificate\":\"" + _client.OneLinePem + "\"}";

        var certificate = Assert.Single(Extract.Facts<Certificate>(json, "key.json"));

        Assert.Equal(CertificateOrigin.ServiceKey, certificate.Origin);
        Assert.True(certificate.SingleLine);
        Assert.Equal(_client.Sha256, certificate.Sha256);
    }

    [Fact]
    public void Extract_ServiceKeyPastedInTicketText_GivesServiceKeyCertificate()
    {
        var ticket = "Hello, our service key is below.\n\"certificate\": \"" + _client.JsonEscaped + "\",\nRegards";

        var certificate = Assert.Single(Extract.Facts<Certificate>(ticket));

        Assert.Equal(CertificateOrigin.ServiceKey, certificate.Origin);
        Assert.False(certificate.SingleLine);
        Assert.Equal(_client.Sha256, certificate.Sha256);
    }

    [Fact]
    public void Extract_AllShapes_GiveTheSameFingerprint()
    {
        string[] shapes =
        [
            _client.Pem,
            _client.OneLinePem,
            "Client certificate: " + _client.Base64,
            "{\"certificate\": \"" + _client.JsonEscaped + "\"}",
            "-----BEGIN CERTIFICATE-----" + _client.Base64.Replace('+', '-').Replace('/', '_').TrimEnd('=') + "-----END CERTIFICATE-----",
        ];

        var fingerprints = shapes.Select(s => Assert.Single(Extract.Facts<Certificate>(s)).Sha256);

        Assert.All(fingerprints, f => Assert.Equal(_client.Sha256, f));
    }

    [Fact]
    public void Extract_TwoDifferentCertificates_GivesBothInOrder()
    {
        var other = TestCertificates.Create("other");

        var certificates = Extract.Facts<Certificate>(_client.Pem + "\n" + other.OneLinePem);

        Assert.Equal([_client.Sha256, other.Sha256], certificates.Select(c => c.Sha256));
    }

    [Theory]
    [InlineData("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGUgYXQgYWxs\n-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN CERTIFICATE-----MIIB%%%%-----END CERTIFICATE-----")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU")]
    [InlineData("Client certificate: MIIBszCCAVmgAwIBAgIUXyzMIIBszCCAVmgAwIBAgIUXyzMIIBszCCAVmgAwIBAgIUXyzMIIBszCCAVmgAwIBAgIUXyz")]
    [InlineData("{\"certificate\": \"not a certificate\"}")]
    public void Extract_TextThatIsNotACertificate_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<Certificate>(text));
    }

    [Fact]
    public void Extract_TruncatedPem_GivesNothing()
    {
        var truncated = _client.OneLinePem[..(_client.OneLinePem.Length / 2)] + "-----END CERTIFICATE-----";

        Assert.Empty(Extract.Facts<Certificate>(truncated));
    }
}
