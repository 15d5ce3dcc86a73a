using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;

namespace RulesEngine.Core.Tests.Hostile;

/// <summary>Self-issued certificates whose RSA key has a 16,384-bit modulus and a 16,384-bit public exponent, with a
/// 16,384-bit signature: checking that signature costs seconds of arithmetic. No key pair is needed (the modulus is a
/// random odd number), so they are made in microseconds.</summary>
public static class HugeKeyCertificates
{
    private const int Bits = 16_384;

    /// <summary>About how many characters one certificate's PEM block has.</summary>
    public const int PemLength = 8_400;

    /// <summary><paramref name="count"/> distinct certificates as PEM blocks, one after another.</summary>
    public static string Pem(int count)
    {
        var random = new Random(16_384);
        return string.Concat(Enumerable.Range(0, count).Select(i => Block(Der(i, random))));
    }

    private static byte[] Der(int index, Random random)
    {
        var modulus = new BigInteger(Bits, random).SetBit(Bits - 1).SetBit(0);
        var exponent = new BigInteger(Bits, random).SetBit(Bits - 1).SetBit(0);
        var signatureAlgorithm = new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, DerNull.Instance);
        var name = new X509Name($"CN=hostile-{index},O=Example,C=DE");
        var tbs = new V3TbsCertificateGenerator();
        tbs.SetSerialNumber(DerInteger.ValueOf(index + 1));
        tbs.SetIssuer(name);
        tbs.SetSubject(name);
        tbs.SetStartDate(new Time(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        tbs.SetEndDate(new Time(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        tbs.SetSignature(signatureAlgorithm);
        tbs.SetSubjectPublicKeyInfo(new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance), new RsaPublicKeyStructure(modulus, exponent)));
        var signature = new byte[Bits / 8];
        random.NextBytes(signature);
        return new DerSequence(tbs.GenerateTbsCertificate(), signatureAlgorithm, new DerBitString(signature)).GetEncoded();
    }

    private static string Block(byte[] der) =>
        "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal)
        + "\n-----END CERTIFICATE-----\n";
}
