using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Bundles;

/// <summary>Reads the key files <c>triage keygen</c> writes: a trusted (public) key as SubjectPublicKeyInfo PEM, the
/// signing (private) key as PKCS#8 PEM. Anything else (an RSA key, a certificate, a truncated file) is refused by name.</summary>
internal static class BundleKeyFiles
{
    private const long MaxKeyFileBytes = 64 * 1024;

    /// <summary>A public key a bundle may be signed with, and its id.</summary>
    public static TrustedKey ReadTrusted(string file)
    {
        var (type, content) = ReadPem(file);
        if (type != "PUBLIC KEY")
        {
            throw Invalid(file, $"it holds a '{type}', not a 'PUBLIC KEY'", "pass the bundle-signing.pub that 'triage keygen' wrote");
        }

        var key = Parse(file, () => PublicKeyFactory.CreateKey(content));
        return key is Ed25519PublicKeyParameters ed25519
            ? new TrustedKey(BundleKeys.KeyId(ed25519), ed25519)
            : throw Invalid(file, $"it is a {key.GetType().Name.Replace("Parameters", "", StringComparison.Ordinal)}, not an Ed25519 key", "bundles are signed with Ed25519 keys from 'triage keygen'");
    }

    /// <summary>The private key bundles are signed with.</summary>
    public static Ed25519PrivateKeyParameters ReadSigning(string file)
    {
        // As ssh does: a private key others can read may already be someone else's, and signing with it proves nothing.
        if (!OperatingSystem.IsWindows() && File.Exists(file)
            && (File.GetUnixFileMode(file) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
        {
            throw Invalid(file, "it can be read or written by users other than its owner", "restrict it with 'chmod 600' (and rotate the key if others may have read it)");
        }

        var (type, content) = ReadPem(file);
        if (type != "PRIVATE KEY")
        {
            throw Invalid(file, $"it holds a '{type}', not a 'PRIVATE KEY'", "pass the bundle-signing.key that 'triage keygen' wrote");
        }

        var key = Parse(file, () => PrivateKeyFactory.CreateKey(content));
        return key as Ed25519PrivateKeyParameters
            ?? throw Invalid(file, "it is not an Ed25519 private key", "bundles are signed with Ed25519 keys from 'triage keygen'");
    }

    private static (string Type, byte[] Content) ReadPem(string file)
    {
        string text;
        try
        {
            if (new FileInfo(file).Length > MaxKeyFileBytes)
            {
                throw Invalid(file, $"it is larger than {MaxKeyFileBytes:N0} bytes", "a key file is a few hundred bytes of PEM");
            }

            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Invalid(file, $"it cannot be read ({ex.Message})", "check the path and its permissions");
        }

        try
        {
            using var reader = new StringReader(text);
            var pem = new Org.BouncyCastle.Utilities.IO.Pem.PemReader(reader).ReadPemObject();
            return pem is null
                ? throw Invalid(file, "it has no PEM block ('-----BEGIN …-----')", "pass a key file written by 'triage keygen'")
                : (pem.Type, pem.Content);
        }
        catch (IOException ex)
        {
            throw Invalid(file, $"its PEM is malformed ({ex.Message})", "pass a key file written by 'triage keygen'");
        }
    }

    private static AsymmetricKeyParameter Parse(string file, Func<AsymmetricKeyParameter> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or IOException or SecurityUtilityException or InvalidOperationException)
        {
            throw Invalid(file, $"its key does not decode ({ex.GetType().Name})", "pass a key file written by 'triage keygen'");
        }
    }

    private static BundleException Invalid(string file, string why, string fix) =>
        new(DiagnosticCode.KeyInvalid, KnowledgePaths.Display(file), $"the key file is not usable: {why}; {fix}");
}

/// <summary>A public key bundles may be signed with.</summary>
internal sealed record TrustedKey(string KeyId, Ed25519PublicKeyParameters Key);
