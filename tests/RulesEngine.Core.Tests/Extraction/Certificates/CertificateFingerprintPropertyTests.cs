using CsCheck;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Extraction.Certificates;

public sealed class CertificateFingerprintPropertyTests
{
    private static readonly DateTimeOffset _epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Extract_AnyCertificateInAnyShape_GivesItsSha256()
    {
        // Arrange: a random certificate (name, validity) in a random shape, line width and spacing.
        var cases = Gen.Select(
            Gen.String[Gen.Char.AlphaNumeric, 1, 40],
            Gen.Int[0, 3000],
            Gen.Int[1, 2000],
            Gen.Int[0, CertificateShapes.Names.Length - 1],
            Gen.Int[16, 120],
            Gen.Int[1, 4]);

        cases.Sample(
            (name, startDay, days, shape, width, spaces) =>
            {
                var from = _epoch.AddDays(startDay);
                var certificate = TestCertificates.Create("p-" + name, from, from.AddDays(days));
                var text = CertificateShapes.Write(certificate, shape, width, spaces);

                // Act
                var facts = ExtractAt.Facts<Certificate>(text);

                // Assert
                var fact = Assert.Single(facts);
                Assert.Equal(certificate.Sha256, fact.Sha256);
                Assert.Empty(ExtractAt.Facts<CertificateWarning>(text));
            },
            iter: 300,
            print: t => $"shape {CertificateShapes.Names[t.Item4]}, width {t.Item5}, spaces {t.Item6}, CN p-{t.Item1}");
    }
}
