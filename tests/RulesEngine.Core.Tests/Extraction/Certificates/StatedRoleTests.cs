using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

/// <summary>The role the words before a certificate pasted bare give it (origin and origin_stated), and its leaf flag.</summary>
public sealed class StatedRoleTests
{
    private static readonly TestCertificates.GeneratedCertificate Root =
        TestCertificates.Create("Role Test Root CA", DateTimeOffset.Parse("2025-01-01T00:00:00Z"), DateTimeOffset.Parse("2035-01-01T00:00:00Z"));

    private static readonly TestCertificates.GeneratedCertificate Issuing =
        TestCertificates.Create("Role Test Issuing CA", DateTimeOffset.Parse("2025-01-01T00:00:00Z"), DateTimeOffset.Parse("2030-01-01T00:00:00Z"), Root);

    private static readonly TestCertificates.GeneratedCertificate Leaf =
        TestCertificates.Create("role-test-client", DateTimeOffset.Parse("2026-01-01T00:00:00Z"), DateTimeOffset.Parse("2027-01-01T00:00:00Z"), Issuing);

    [Theory]
    [InlineData("Here is the certificate from our service key:\n", CertificateOrigin.ServiceKey)]
    [InlineData("### The key's certificate\n\n", CertificateOrigin.ServiceKey)]
    [InlineData("Anbei das Zertifikat aus dem Dienstschlüssel:\n", CertificateOrigin.ServiceKey)]
    [InlineData("Zertifikat aus dem Service Key\n\n\n", CertificateOrigin.ServiceKey)]
    [InlineData("This is the certificate in the trace:\n", CertificateOrigin.TraceLog)]
    [InlineData("X-CLIENT-CERT: ", CertificateOrigin.Client)]
    [InlineData("This is our client certificate:\n", CertificateOrigin.Client)]
    [InlineData("Our client certificate, as in the service key:\n", CertificateOrigin.ServiceKey)]
    [InlineData("The trace shows another certificate than our service key, which is:\n", CertificateOrigin.ServiceKey)]
    [InlineData("The service key has another certificate than the one in the trace, which is:\n", CertificateOrigin.TraceLog)]
    public void Extract_PemUnderRoleWords_TakesTheNearestRole(string before, string origin)
    {
        // Arrange
        var text = "Hello,\n" + before + Leaf.Pem + "\nRegards";

        // Act
        var certificate = Assert.Single(Extract.Facts<Certificate>(text));

        // Assert
        Assert.Equal(origin, certificate.Origin);
        Assert.True(certificate.OriginStated);
    }

    [Theory]
    [InlineData("Please find the certificate below:\n")]
    [InlineData("Our monitoring printed this stack trace:\n")]
    [InlineData("The certificate is the one from our service key.\n\nWe restarted everything twice. Nothing changed.\nDetails:\n")]
    [InlineData("It is in the service key. Details follow below:\n")]
    [InlineData("From the service key:\n\n\n\n\n")]
    public void Extract_PemWithoutNearRoleWords_StaysTicket(string before)
    {
        // Arrange
        var text = "Hello,\n" + before + Leaf.Pem;

        // Act
        var certificate = Assert.Single(Extract.Facts<Certificate>(text));

        // Assert
        Assert.Equal(CertificateOrigin.Ticket, certificate.Origin);
        Assert.False(certificate.OriginStated);
    }

    [Fact]
    public void Extract_TwoBlocks_EachTakesTheWordsAboveIt()
    {
        // Arrange
        var text = "From the service key:\n" + Leaf.Pem + "\nIn the trace:\n" + Root.Pem;

        // Act
        var certificates = Extract.Facts<Certificate>(text);

        // Assert
        Assert.Equal([CertificateOrigin.ServiceKey, CertificateOrigin.TraceLog], certificates.Select(c => c.Origin));
    }

    [Fact]
    public void Extract_TheRuntimesTraceLine_KeepsItsOwnOriginUnstated()
    {
        // Arrange
        var text = "2026-11-28 10:15:02.345 ERROR [exec-7] c.s.i.s.a.ClientCertificateAuthenticator - The client certificate is not configured in a service key of a Process Integration Runtime service instance. Client certificate:\n" + Leaf.Pem;

        // Act
        var certificate = Assert.Single(Extract.Facts<Certificate>(text));

        // Assert
        Assert.Equal(CertificateOrigin.TraceLog, certificate.Origin);
        Assert.False(certificate.OriginStated);
    }

    [Fact]
    public void Extract_ChainPastedRootFirst_MarksOnlyTheEndEntityALeaf()
    {
        // Arrange
        var text = "The chain from our service key:\n" + Root.Pem + Issuing.Pem + Leaf.Pem;

        // Act
        var certificates = Extract.Facts<Certificate>(text);

        // Assert
        Assert.Equal([false, false, true], certificates.Select(c => c.Leaf));
        Assert.Equal(2, certificates.Single(c => c.Leaf).ChainIndex);
        Assert.All(certificates, c => Assert.Equal(CertificateOrigin.ServiceKey, c.Origin));
    }

    [Fact]
    public void Extract_SingleSelfSignedCertificate_IsItsOwnLeaf()
    {
        // Arrange / Act
        var certificate = Assert.Single(Extract.Facts<Certificate>(Root.Pem));

        // Assert
        Assert.True(certificate.Leaf);
    }

    [Fact]
    public void Extract_ManyPemBlocksWithRoleWords_StaysLinear()
    {
        // Arrange: blocks, each under a sentence naming the service key, in one chain of separate groups.
        var block = "Certificate from the service key, copy " + new string('x', 300) + ":\n" + Leaf.Pem + "\n";
        string Text(int blocks) => string.Concat(Enumerable.Repeat(block, blocks));

        // Act / Assert
        Tests.Support.Growth.AssertLinear(Text, text => Extract.Facts<Certificate>(text), 500);
        Assert.All(Extract.Facts<Certificate>(Text(2000)), c => Assert.Equal(CertificateOrigin.ServiceKey, c.Origin));
    }
}
