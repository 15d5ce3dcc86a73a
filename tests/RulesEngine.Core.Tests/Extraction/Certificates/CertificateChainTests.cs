using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

public sealed class CertificateChainTests
{
    private static readonly DateTimeOffset _from = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _to = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TestCertificates.GeneratedCertificate _root = TestCertificates.Create("Test Root CA", _from, _to);
    private static readonly TestCertificates.GeneratedCertificate _intermediate = TestCertificates.Create("Test Issuing CA", _from, _to, _root);
    private static readonly TestCertificates.GeneratedCertificate _leaf = TestCertificates.Create("wfs-client", _from, _to, _intermediate);

    [Fact]
    public void Extract_PemChain_GivesEachCertificateWithItsChainIndex()
    {
        // Arrange
        var text = "Our chain:\n" + _leaf.Pem + _intermediate.Pem + "\n" + _root.Pem;

        // Act
        var certificates = ExtractAt.Facts<Certificate>(text);

        // Assert
        Assert.Equal([_leaf.Sha256, _intermediate.Sha256, _root.Sha256], certificates.Select(c => c.Sha256));
        Assert.Equal([0, 1, 2], certificates.Select(c => c.ChainIndex));
        Assert.Equal(2, certificates[0].Evidence.Line);
        Assert.True(certificates[0].Evidence.Line < certificates[1].Evidence.Line && certificates[1].Evidence.Line < certificates[2].Evidence.Line);
        Assert.All(certificates, c => Assert.Equal("PEM block", c.Source));
    }

    [Fact]
    public void Extract_ChainInServiceKeyCertificateValue_GivesEachCertificateFromTheField()
    {
        var chain = (_leaf.Pem + _intermediate.Pem).Replace("\n", "\\n", StringComparison.Ordinal);
        var json = "{\n  \"oauth\": {\n    \"clientid\": \"sb-1\",\n    \"certificate\": \"" + chain + "\"\n  }\n}\n";

        var certificates = ExtractAt.Facts<Certificate>(json, "service-key.json");

        Assert.Equal([_leaf.Sha256, _intermediate.Sha256], certificates.Select(c => c.Sha256));
        Assert.Equal([0, 1], certificates.Select(c => c.ChainIndex));
        Assert.All(certificates, c => Assert.Equal(("oauth.certificate", CertificateOrigin.ServiceKey), (c.Source, c.Origin)));
        Assert.All(certificates, c => Assert.Equal(4, c.Evidence.Line));
        Assert.True(certificates[1].Evidence.Column > certificates[0].Evidence.Column);
    }

    [Fact]
    public void Extract_JsonArrayOfCertificates_UsesTheElementIndex()
    {
        var json = "{\"certificates\": [\"" + _leaf.OneLinePem + "\", \"" + _root.Base64 + "\"]}";

        var certificates = ExtractAt.Facts<Certificate>(json);

        Assert.Equal([(0, "certificates[0]"), (1, "certificates[1]")], certificates.Select(c => (c.ChainIndex, c.Source)));
    }

    [Fact]
    public void Extract_ChainAfterClientCertificate_IsATraceLogChain()
    {
        var log = "2026-11-28 10:15:02.345 ERROR [exec-7] a.B - The client certificate is not configured. Client certificate:\n"
            + _leaf.Pem + _intermediate.Pem
            + "2026-11-28 10:15:02.360 INFO [exec-7] a.B - done\n";

        var certificates = ExtractAt.Facts<Certificate>(log, "trace.log");

        Assert.Equal([0, 1], certificates.Select(c => c.ChainIndex));
        Assert.All(certificates, c => Assert.Equal((CertificateOrigin.TraceLog, "log record"), (c.Origin, c.Source)));
    }

    [Fact]
    public void Extract_Pkcs7Bundle_GivesItsCertificates()
    {
        var bundle = Pkcs7(_leaf, _intermediate);

        var certificates = ExtractAt.Facts<Certificate>(bundle);

        Assert.Equal(new[] { _leaf.Sha256, _intermediate.Sha256 }.Order(), certificates.Select(c => c.Sha256).Order());
        Assert.Equal([0, 1], certificates.Select(c => c.ChainIndex));
    }

    [Fact]
    public void Extract_RootAndLeaf_SelfSignedOnlyForTheRoot()
    {
        var certificates = ExtractAt.Facts<Certificate>(_leaf.Pem + _root.Pem);

        Assert.Equal([false, true], certificates.Select(c => c.SelfSigned));
    }

    [Fact]
    public void Extract_SelfIssuedButSignedByAnotherKey_IsNotSelfSigned()
    {
        var issuer = TestCertificates.Create("Look-alike CA", _from, _to);
        var impostor = TestCertificates.Create("Look-alike CA", _from, _to, issuer);

        var certificate = Assert.Single(ExtractAt.Facts<Certificate>(impostor.Pem));

        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.False(certificate.SelfSigned);
    }

    private static string Pkcs7(params TestCertificates.GeneratedCertificate[] certificates)
    {
        var generator = new Org.BouncyCastle.Cms.CmsSignedDataGenerator();
        var store = Org.BouncyCastle.Utilities.Collections.CollectionUtilities.CreateStore(certificates.Select(c => c.Certificate).ToList());
        generator.AddCertificates(store);
        var signed = generator.Generate(new Org.BouncyCastle.Cms.CmsProcessableByteArray([]), encapsulate: false);
        return new string(System.Security.Cryptography.PemEncoding.Write("PKCS7", signed.GetEncoded())) + "\n";
    }
}
