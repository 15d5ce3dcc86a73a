using System.Globalization;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace RulesEngine.Core.Tests.Support;

/// <summary>Generates real X.509 certificates (EC P-256, SHA-256 with ECDSA) with BouncyCastle, in every text shape a ticket carries them.</summary>
internal static class TestCertificates
{
    private static readonly SecureRandom _random = new();

    /// <summary>Creates a certificate for <paramref name="subjectCn"/>; the issuer name is <paramref name="issuerCn"/> (self-issued when null).</summary>
    public static GeneratedCertificate Create(
        string subjectCn,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        string? issuerCn = null) =>
        Create(subjectCn, notBefore, notAfter, issuerCn ?? subjectCn, signer: null);

    /// <summary>Creates a certificate for <paramref name="subjectCn"/> issued and signed by <paramref name="issuer"/> (a chain).</summary>
    public static GeneratedCertificate Create(
        string subjectCn,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        GeneratedCertificate issuer) =>
        Create(subjectCn, notBefore, notAfter, issuer.Certificate.SubjectDN.GetValueList(X509Name.CN)[0], issuer.PrivateKey);

    private static GeneratedCertificate Create(
        string subjectCn,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        string issuerCn,
        AsymmetricKeyParameter? signer)
    {
        var keys = new ECKeyPairGenerator();
        keys.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP256r1, _random));
        var pair = keys.GenerateKeyPair();

        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(64, _random).Add(BigInteger.One));
        generator.SetSubjectDN(new X509Name($"CN={subjectCn},O=Test,C=DE"));
        generator.SetIssuerDN(new X509Name($"CN={issuerCn},O=Test,C=DE"));
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetPublicKey(pair.Public);
        var certificate = generator.Generate(new Asn1SignatureFactory("SHA256WITHECDSA", signer ?? pair.Private, _random));

        var der = certificate.GetEncoded();
        var base64 = Convert.ToBase64String(der);
        var pem = new string(PemEncoding.Write("CERTIFICATE", der)) + "\n";
        var keyDer = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetEncoded();
        var keyPem = new string(PemEncoding.Write("PRIVATE KEY", keyDer)) + "\n";

        return new GeneratedCertificate(
            certificate,
            keyPem,
            pem,
            $"-----BEGIN CERTIFICATE-----{base64}-----END CERTIFICATE-----",
            base64,
            pem.Replace("\n", "\\n", StringComparison.Ordinal),
            Hex(SHA256.HashData(der)),
#pragma warning disable CA5350 // SHA-1 here is a display fingerprint (as the Certificate fact carries), not a security check.
            Hex(SHA1.HashData(der)))
#pragma warning restore CA5350
        {
            PrivateKey = pair.Private,
        };
    }

    /// <summary>Creates a certificate valid from one day ago for one year.</summary>
    public static GeneratedCertificate Create(string subjectCn) =>
        Create(subjectCn, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

    /// <summary>Formats bytes as upper-case hex pairs joined by colons (AA:BB:…).</summary>
    public static string Hex(byte[] bytes) =>
        string.Join(':', bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>A generated certificate and its text shapes.</summary>
    /// <param name="Certificate">The BouncyCastle certificate.</param>
    /// <param name="PrivateKeyPem">Its private key as a multi-line PKCS#8 PEM block.</param>
    /// <param name="Pem">Multi-line PEM (64-character lines, LF, trailing newline).</param>
    /// <param name="OneLinePem">PEM with BEGIN, base64 and END on one line, no spaces.</param>
    /// <param name="Base64">The DER as bare base64 on one line.</param>
    /// <param name="JsonEscaped">The PEM with literal backslash-n for each line break, as pasted in a service key's JSON string.</param>
    /// <param name="Sha256">SHA-256 of the DER, upper-case colon hex.</param>
    /// <param name="Sha1">SHA-1 of the DER, upper-case colon hex.</param>
    internal sealed record GeneratedCertificate(
        X509Certificate Certificate,
        string PrivateKeyPem,
        string Pem,
        string OneLinePem,
        string Base64,
        string JsonEscaped,
        string Sha256,
        string Sha1)
    {
        /// <summary>The certificate's private key, to sign certificates it issues.</summary>
        public required AsymmetricKeyParameter PrivateKey { get; init; }
    }
}
