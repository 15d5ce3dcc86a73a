using Org.BouncyCastle.X509;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

public sealed class TestCertificatesTests
{
    [Fact]
    public void Create_MultiLinePem_ParsesBackToSameCertificate()
    {
        var generated = TestCertificates.Create("wfs-client");

        var parsed = new X509CertificateParser().ReadCertificate(System.Text.Encoding.ASCII.GetBytes(generated.Pem));

        Assert.NotNull(parsed);
        Assert.Equal(generated.Certificate, parsed);
        Assert.Equal(95, generated.Sha256.Length);
        Assert.DoesNotContain('\n', generated.OneLinePem);
        Assert.Contains("\\n", generated.JsonEscaped, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', generated.JsonEscaped);
    }

    [Fact]
    public void Create_IssuerCn_SetsIssuerName()
    {
        var generated = TestCertificates.Create(
            "client", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), issuerCn: "Test CA");

        Assert.Equal("CN=Test CA,O=Test,C=DE", generated.Certificate.IssuerDN.ToString());
        Assert.Equal("CN=client,O=Test,C=DE", generated.Certificate.SubjectDN.ToString());
    }
}
