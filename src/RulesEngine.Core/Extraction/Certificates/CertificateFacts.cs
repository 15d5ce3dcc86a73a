using Org.BouncyCastle.X509;
using CertificateFact = RulesEngine.Core.Facts.Certificate;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Turns a parsed certificate into the fields of a certificate fact, judged at a given time.</summary>
internal static class CertificateFacts
{
    /// <summary>The certificate's fields; origin, source, shape and evidence are left for the caller to fill in per occurrence.</summary>
    public static CertificateFact Describe(X509Certificate certificate, DateTimeOffset now)
    {
        var der = certificate.GetEncoded();
        var notBefore = Utc(certificate.NotBefore);
        var notAfter = Utc(certificate.NotAfter);
        return new CertificateFact(
            Fingerprint.Sha256(der),
            Fingerprint.Sha1(der),
            certificate.SubjectDN.ToString(),
            certificate.IssuerDN.ToString(),
            certificate.SerialNumber.ToString(16).ToUpperInvariant(),
            notBefore,
            notAfter,
            Facts.CertificateOrigin.Ticket,
            SingleLine: false,
            Expired: notAfter < now,
            NotYetValid: notBefore > now,
            SelfSigned: IsSelfSigned(certificate))
        {
            Evidence = new Facts.Evidence(string.Empty, 1, 1, string.Empty),
        };
    }

    /// <summary>True when the issuer is the subject and the signature verifies with the certificate's own public key.</summary>
    public static bool IsSelfSigned(X509Certificate certificate)
    {
        if (!certificate.IssuerDN.Equivalent(certificate.SubjectDN))
        {
            return false;
        }

        try
        {
            certificate.Verify(certificate.GetPublicKey());
            return true;
        }
#pragma warning disable CA1031 // BouncyCastle reports a failed or impossible verification by several exception types.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static DateTimeOffset Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
