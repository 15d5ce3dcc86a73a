using RulesEngine.Core.Extraction;
using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

public sealed class CertificateWarningTests
{
    private static readonly TestCertificates.GeneratedCertificate _client = TestCertificates.Create(
        "wfs-client", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Extract_TruncatedPem_WarnsTruncatedWithByteCounts()
    {
        // Arrange
        var lines = _client.Pem.Split('\n');
        var truncated = string.Join('\n', lines.Take(4)) + "\n-----END CERTIFICATE-----\n";

        // Act
        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>("Hello,\n" + truncated));

        // Assert
        Assert.Matches(@"^the base64 text is truncated: \d+ of about [\d,]+ bytes$", warning.Reason);
        Assert.Equal((CertificateOrigin.Ticket, "PEM block"), (warning.Origin, warning.Source));
        Assert.Equal((2, 1), (warning.Evidence.Line, warning.Evidence.Column));
        Assert.Empty(ExtractAt.Facts<Certificate>(truncated));
    }

    [Fact]
    public void Extract_GarbageInsidePem_WarnsInvalidBase64AtItsLineAndColumn()
    {
        var lines = _client.Pem.Split('\n');
        lines[3] = lines[3][..11] + "…" + lines[3][12..];

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(string.Join('\n', lines)));

        Assert.Equal("not valid base64 at line 4 column 12", warning.Reason);
    }

    [Fact]
    public void Extract_PaddingInsideTheText_WarnsBadPadding()
    {
        var lines = _client.Pem.Split('\n');
        lines[2] = lines[2][..20] + "=" + lines[2][20..];

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(string.Join('\n', lines)));

        Assert.StartsWith("bad base64 padding at line 3 column 21", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PemWithoutEndLine_WarnsAndStillReadsACompleteCertificate()
    {
        var withoutEnd = _client.Pem[.._client.Pem.IndexOf("-----END", StringComparison.Ordinal)] + "\nKind regards\n";

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(withoutEnd));
        var certificate = Assert.Single(ExtractAt.Facts<Certificate>(withoutEnd));

        Assert.Equal("the PEM block has no END line", warning.Reason);
        Assert.Equal(_client.Sha256, certificate.Sha256);
    }

    [Fact]
    public void Extract_PemBlockNotX509_WarnsNotDer()
    {
        const string text = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGUgYXQgYWxs\n-----END CERTIFICATE-----\n";

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(text));

        Assert.Equal("not an X.509 certificate: the decoded data is not DER", warning.Reason);
    }

    [Fact]
    public void Extract_PrivateKeyUnderCertificateLabel_WarnsItIsAPrivateKey()
    {
        var body = _client.PrivateKeyPem.Replace("PRIVATE KEY", "CERTIFICATE", StringComparison.Ordinal);

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(body));

        Assert.Equal("not a certificate: the data is a private key", warning.Reason);
    }

    [Fact]
    public void Extract_TruncatedCertificateInServiceKey_WarnsWithTheFieldPath()
    {
        var cut = _client.JsonEscaped[..(_client.JsonEscaped.Length / 2)];
        var json = "{\n  \"credentials\": {\n    \"oauth\": {\n      \"certificate\": \"" + cut + "\"\n    }\n  }\n}";

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(json, "service-key.json"));

        Assert.StartsWith("the PEM block has no END line; the base64 text is truncated", warning.Reason, StringComparison.Ordinal);
        Assert.Equal((CertificateOrigin.ServiceKey, "credentials.oauth.certificate", 4), (warning.Origin, warning.Source, warning.Evidence.Line));
    }

    [Fact]
    public void Extract_CertificateFieldWithoutCertificateText_WarnsNotACertificate()
    {
        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>("{\"certificate\": \"see attachment\"}"));

        Assert.Equal("not a certificate: the text is neither PEM nor base64", warning.Reason);
    }

    [Fact]
    public void Extract_TruncatedBase64AfterClientCertificate_WarnsFromTheTraceLog()
    {
        var log = "2026-11-28 10:15:02 ERROR a.B - Client certificate: " + _client.Base64[..120] + "\n";

        var warning = Assert.Single(ExtractAt.Facts<CertificateWarning>(log, "trace.log"));

        Assert.Equal((CertificateOrigin.TraceLog, "log record"), (warning.Origin, warning.Source));
        Assert.StartsWith("the base64 text is truncated: 90 of about", warning.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MIIT staff were informed")]
    [InlineData("see https://example.com/MIIBszCCAVmgAwIBAgIU")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----")]
    [InlineData("{\"certificate-pinning\": true, \"certificate\": \"\"}")]
    public void Extract_TextThatDoesNotLookLikeACertificate_NoWarning(string text)
    {
        Assert.Empty(ExtractAt.Facts<CertificateWarning>(text));
        Assert.Empty(ExtractAt.Facts<Certificate>(text));
    }

    [Fact]
    public void Extract_ManyCertificateFieldsOnOneLine_OneWarningCountingTheLinesBudgetAndACutForTheRest()
    {
        var text = string.Concat(Enumerable.Repeat("\"certificate\": \"MIIB", 50_000));

        var extracted = new FactExtractor(Extract.SeedCatalog).ExtractAll([new TicketInput("ticket.txt", text)], new ExtractionOptions(ExtractAt.Now));

        var warning = Assert.Single(extracted.Facts.OfType<CertificateWarning>());
        Assert.Equal(HitBudget.PerLine, warning.Count);
        Assert.True(warning.Seen.Last!.Column > warning.Evidence.Column);
        // Both keywords that find a certificate field ('certificate"' and 'MII') had the rest of their hits cut.
        Assert.Equal(["MII", "certificate\""], extracted.Cuts.Select(c => c.Keyword).Order(StringComparer.Ordinal));
        Assert.All(extracted.Cuts, cut => Assert.Equal(
            (FactBudgetCut.KeywordHitKind, HitBudget.PerLine, 50_000 - HitBudget.PerLine), (cut.Kind, cut.Kept, cut.Dropped)));
    }

    [Fact]
    public void Extract_ManyBeginLinesWithoutEnd_CompletesWithOneWarningCountingEach()
    {
        var text = string.Concat(Enumerable.Repeat("-----BEGIN CERTIFICATE-----\nMIIB\n", 2_000));

        var warnings = ExtractAt.Facts<CertificateWarning>(text);

        var warning = Assert.Single(warnings);
        Assert.Equal(2_000, warning.Count);
        Assert.Equal((1, 3_999), (warning.Evidence.Line, warning.Seen.Last!.Line));
    }
}
