using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.OpenSsl;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage keygen</c>: a working Ed25519 pair (what the private key signs, the public key verifies), the
/// private key owner-only from its creation, the key id printed, an existing key never overwritten.</summary>
public sealed class KeygenCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Keygen_NewFolder_WritesAPairThatSignsAndVerifies()
    {
        var folder = Path.Combine(_folder.Root, "keys");

        var (exit, output, _) = Run(["keygen", "--out", folder]);

        Assert.Equal(0, exit);
        var privateKey = Read<Ed25519PrivateKeyParameters>(Path.Combine(folder, "bundle-signing.key"));
        var publicKey = Read<Ed25519PublicKeyParameters>(Path.Combine(folder, "bundle-signing.pub"));
        var message = "manifest bytes"u8.ToArray();
        var signer = new Ed25519Signer();
        signer.Init(true, privateKey);
        signer.BlockUpdate(message, 0, message.Length);
        var signature = signer.GenerateSignature();
        var verifier = new Ed25519Signer();
        verifier.Init(false, publicKey);
        verifier.BlockUpdate(message, 0, message.Length);
        Assert.True(verifier.VerifySignature(signature));
        Assert.Contains($"key {Convert.ToHexStringLower(SHA256.HashData(publicKey.GetEncoded()))[..16]}:", output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "bundle-signing.key")));
        }
    }

    [Fact]
    public void Keygen_KeyAlreadyThere_Exit2AndTheKeyIsUntouched()
    {
        var key = _folder.Write("keys/bundle-signing.key", "the key in use");

        var (exit, _, error) = Run(["keygen", "--out", Path.GetDirectoryName(key)!]);

        Assert.Equal(2, exit);
        Assert.Contains("is never overwritten", error, StringComparison.Ordinal);
        Assert.Equal("the key in use", File.ReadAllText(key));
    }

    public void Dispose() => _folder.Dispose();

    private static T Read<T>(string path)
    {
        using var reader = new StreamReader(path);
        return Assert.IsType<T>(new PemReader(reader).ReadObject());
    }
}
