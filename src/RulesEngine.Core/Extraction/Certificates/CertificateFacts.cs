using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;
using CertificateFact = RulesEngine.Core.Facts.Certificate;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Turns a parsed certificate into the fields of a certificate fact, judged at a given time.</summary>
internal static class CertificateFacts
{
    // Keys past these sizes are not used to check a signature: verifying with an RSA-16384 key and a large exponent
    // costs seconds of managed arithmetic, and no CA issues them.
    private const int MaxRsaModulusBits = 8192;
    private const int MaxRsaExponentBits = 64;
    private const int MaxEcFieldBits = 571;

    /// <summary>The certificate's fields; origin, source, shape and evidence are left for the caller to fill in per occurrence.</summary>
    public static CertificateFact Describe(X509Certificate certificate, DateTimeOffset now)
    {
        var der = certificate.GetEncoded();
        var notBefore = Utc(certificate.NotBefore);
        var notAfter = Utc(certificate.NotAfter);
        // The key's size is judged before BouncyCastle builds the key: building an RSA key tests its modulus for
        // primality, which costs seconds for a 16,384-bit one.
        var warning = KeyWarning(certificate.CertificateStructure.SubjectPublicKeyInfo);
        var key = warning is null ? PublicKey(certificate) : null;
        warning ??= key is null ? "the public key does not parse: the signature was not checked" : KeyWarning(key);
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
            SelfSigned: warning is null && IsSelfSigned(certificate, key!),
            KeyWarning: warning)
        {
            Evidence = new Facts.Evidence(string.Empty, 1, 1, string.Empty),
        };
    }

    /// <summary>Why the key of <paramref name="info"/> is not even built: an RSA modulus or exponent over the limits, read
    /// from the DER without BouncyCastle's key validation; null when it may be built.</summary>
    public static string? KeyWarning(SubjectPublicKeyInfo info)
    {
        if (!info.Algorithm.Algorithm.Equals(PkcsObjectIdentifiers.RsaEncryption))
        {
            return null;
        }

        try
        {
            var rsa = RsaPublicKeyStructure.GetInstance(info.ParsePublicKey());
            return Oversized(rsa.Modulus.BitLength, rsa.PublicExponent.BitLength);
        }
#pragma warning disable CA1031 // BouncyCastle reports malformed DER by several exception types.
        catch (Exception)
#pragma warning restore CA1031
        {
            return "the public key does not parse: the signature was not checked";
        }
    }

    /// <summary>Why <paramref name="key"/> is not used to check a signature (too large to verify in bounded time, or
    /// DSA); null when it may be.</summary>
    public static string? KeyWarning(AsymmetricKeyParameter key) => key switch
    {
        RsaKeyParameters rsa => Oversized(rsa.Modulus.BitLength, rsa.Exponent.BitLength),
        ECPublicKeyParameters { Parameters.Curve.FieldSize: > MaxEcFieldBits } ec =>
            $"the EC key's field has {ec.Parameters.Curve.FieldSize:N0} bits, over {MaxEcFieldBits}: the signature was not checked",
        DsaPublicKeyParameters => "the key is a DSA key: the signature was not checked",
        _ => null,
    };

    private static string? Oversized(int modulusBits, int exponentBits) =>
        modulusBits > MaxRsaModulusBits ? $"the RSA key has {modulusBits:N0} bits, over {MaxRsaModulusBits:N0}: the signature was not checked"
        : exponentBits > MaxRsaExponentBits ? $"the RSA key's public exponent has {exponentBits:N0} bits, over {MaxRsaExponentBits}: the signature was not checked"
        : null;

    /// <summary>True when the issuer is the subject and the signature verifies with the certificate's own public key.</summary>
    private static bool IsSelfSigned(X509Certificate certificate, AsymmetricKeyParameter key)
    {
        if (!certificate.IssuerDN.Equivalent(certificate.SubjectDN))
        {
            return false;
        }

        try
        {
            certificate.Verify(key);
            return true;
        }
#pragma warning disable CA1031 // BouncyCastle reports a failed or impossible verification by several exception types.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static AsymmetricKeyParameter? PublicKey(X509Certificate certificate)
    {
        try
        {
            return certificate.GetPublicKey();
        }
#pragma warning disable CA1031 // BouncyCastle reports an unreadable key by several exception types.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static DateTimeOffset Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
