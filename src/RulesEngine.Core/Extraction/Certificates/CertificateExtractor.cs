using Org.BouncyCastle.X509;
using RulesEngine.Core.Facts;
using CertificateFact = RulesEngine.Core.Facts.Certificate;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Finds X.509 certificates in service keys, after "Client certificate:" in trace logs, and as PEM anywhere else.</summary>
/// <remarks>Text that does not parse as a certificate gives no fact. The first finder to claim a range wins, in that order.</remarks>
internal sealed class CertificateExtractor : ITextExtractor
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = ["-----BEGIN", "certificate", "MII"];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;
        var claims = new ClaimedRanges();
        var parsed = new Dictionary<string, CertificateFact?>(StringComparer.Ordinal);
        var candidates = ServiceKeyCertificates.FindAll(text)
            .Concat(TraceLogCertificates.FindAll(text))
            .Concat(PemBlocks.FindAll(text, CertificateOrigin.Ticket));
        foreach (var candidate in candidates)
        {
            if (!claims.TryClaim(candidate.Start, candidate.End))
            {
                continue;
            }

            if (!parsed.TryGetValue(candidate.Text, out var template))
            {
                template = Describe(CertificateDecoder.Decode(candidate.Text));
                parsed[candidate.Text] = template;
            }

            if (template is not null)
            {
                var fact = template with
                {
                    Origin = candidate.Origin,
                    SingleLine = candidate.SingleLine,
                    Evidence = source.EvidenceAt(candidate.Start),
                };
                facts.Add(new LocatedFact(candidate.Start, fact));
            }
        }
    }

    // The fact's certificate fields; origin, shape and evidence are filled in per occurrence.
    private static CertificateFact? Describe(X509Certificate? certificate)
    {
        if (certificate is null)
        {
            return null;
        }

        var der = certificate.GetEncoded();
        return new CertificateFact(
            Fingerprint.Sha256(der),
            Fingerprint.Sha1(der),
            certificate.SubjectDN.ToString(),
            certificate.IssuerDN.ToString(),
            certificate.SerialNumber.ToString(16).ToUpperInvariant(),
            Utc(certificate.NotBefore),
            Utc(certificate.NotAfter),
            CertificateOrigin.Ticket,
            SingleLine: false)
        {
            Evidence = new Evidence(string.Empty, 1, 1, string.Empty),
        };
    }

    private static DateTimeOffset Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
