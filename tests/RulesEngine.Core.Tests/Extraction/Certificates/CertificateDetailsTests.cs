using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

public sealed class CertificateDetailsTests
{
    private static readonly TestCertificates.GeneratedCertificate _valid = Create(2026, 2027);

    [Theory]
    [InlineData(2025, 2026, true, false)]
    [InlineData(2026, 2027, false, false)]
    [InlineData(2027, 2028, false, true)]
    public void Extract_ValidityAgainstTheTicketTime_SetsExpiredAndNotYetValid(int fromYear, int toYear, bool expired, bool notYetValid)
    {
        var certificate = Assert.Single(ExtractAt.Facts<Certificate>(Create(fromYear, toYear).Pem));

        Assert.Equal((expired, notYetValid), (certificate.Expired, certificate.NotYetValid));
    }

    [Fact]
    public void Extract_BareBase64InTicket_GivesTicketCertificate()
    {
        var certificate = Assert.Single(ExtractAt.Facts<Certificate>("The certificate is " + _valid.Base64 + ". Regards"));

        Assert.Equal((_valid.Sha256, CertificateOrigin.Ticket, "base64 text", true), (certificate.Sha256, certificate.Origin, certificate.Source, certificate.SingleLine));
        Assert.Equal(20, certificate.Evidence.Column);
    }

    [Theory]
    [InlineData(64, "\n")]
    [InlineData(76, "\r\n")]
    [InlineData(40, "\n    ")]
    public void Extract_WrappedBareBase64_GivesMultiLineCertificate(int width, string lineBreak)
    {
        var wrapped = string.Join(lineBreak, _valid.Base64.Chunk(width).Select(c => new string(c)));

        var certificate = Assert.Single(ExtractAt.Facts<Certificate>("Certificate below\n" + wrapped + lineBreak + "Thanks"));

        Assert.Equal(_valid.Sha256, certificate.Sha256);
        Assert.False(certificate.SingleLine);
    }

    [Fact]
    public void Extract_Base64UrlWithoutPadding_GivesCertificate()
    {
        var url = _valid.Base64.Replace('+', '-').Replace('/', '_').TrimEnd('=');

        var certificate = Assert.Single(ExtractAt.Facts<Certificate>("x5c: " + url));

        Assert.Equal(_valid.Sha256, certificate.Sha256);
    }

    [Fact]
    public void Extract_JsonWithUnicodeEscapes_GivesCertificate()
    {
        var escaped = _valid.JsonEscaped.Replace("+", "\\u002B", StringComparison.Ordinal).Replace("/", "\\/", StringComparison.Ordinal);

        var certificate = Assert.Single(ExtractAt.Facts<Certificate>("{\"oauth\": {\"certificate\": \"" + escaped + "\"}}"));

        Assert.Equal((_valid.Sha256, "oauth.certificate"), (certificate.Sha256, certificate.Source));
    }

    [Fact]
    public void Extract_SameCertificateTwice_GivesOneFactWithBothPositions()
    {
        var certificates = ExtractAt.Facts<Certificate>(_valid.Pem + "and again\n" + _valid.Pem);

        var certificate = Assert.Single(certificates);
        Assert.Equal(2, certificate.Count);
        Assert.True(certificate.Seen.Last!.Line > certificate.Evidence.Line);
    }

    private static TestCertificates.GeneratedCertificate Create(int fromYear, int toYear) => TestCertificates.Create(
        "validity", new DateTimeOffset(fromYear, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(toYear, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
