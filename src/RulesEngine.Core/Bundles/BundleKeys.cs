using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Utilities.IO.Pem;
using Org.BouncyCastle.Security;

namespace RulesEngine.Core.Bundles;

/// <summary>The Ed25519 key pairs that sign knowledge-base bundles (BouncyCastle): the private key as PKCS#8 PEM, the
/// public key as SubjectPublicKeyInfo PEM, and the key id a bundle names its signer by.</summary>
public static class BundleKeys
{
    /// <summary>A new key pair from the system's cryptographic random source.</summary>
    public static (string PrivateKeyPem, string PublicKeyPem, string KeyId) Generate()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var publicKey = (Ed25519PublicKeyParameters)pair.Public;
        // PKCS#8 version 1 (no embedded public key): what OpenSSL 3.0 and every other reader accept.
        var info = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private);
        var privateKey = new PemObject("PRIVATE KEY", new PrivateKeyInfo(info.PrivateKeyAlgorithm, info.ParsePrivateKey()).GetEncoded());
        return (Pem(privateKey), Pem(publicKey), KeyId(publicKey));
    }

    /// <summary>The key id: the first 16 hex digits of the SHA-256 of the 32-byte public key.</summary>
    public static string KeyId(Ed25519PublicKeyParameters publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return Convert.ToHexStringLower(SHA256.HashData(publicKey.GetEncoded()))[..16];
    }

    private static string Pem(object value)
    {
        using var text = new StringWriter();
        var writer = new Org.BouncyCastle.OpenSsl.PemWriter(text);
        writer.WriteObject(value);
        writer.Writer.Flush();
        return text.ToString();
    }
}
