using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Signers;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Bundles;

/// <summary>Checks a bundle before any of its knowledge is parsed, in this order: the size caps and the archive's entries,
/// the signature by a trusted key over the manifest's exact bytes, the manifest, the engine version, the expiry, the
/// revision against the running one, and every file against its size and SHA-256 (none missing, none extra). A signature
/// is never optional: without trusted keys nothing is loaded.</summary>
internal static class BundleVerifier
{
    /// <exception cref="BundleException">The first check that fails, with its code.</exception>
    public static VerifiedBundle Verify(string bundleFile, ImmutableArray<TrustedKey> trusted, BundlePolicy policy)
    {
        var name = KnowledgePaths.Display(bundleFile);
        if (trusted.IsDefaultOrEmpty)
        {
            throw new BundleException(DiagnosticCode.KeyInvalid, name, "no trusted key is configured: a bundle is only loaded when one of its owners' keys signed it; pass --trusted-key PUB");
        }

        var entries = ReadEntries(bundleFile, name);
        var byName = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (!byName.TryGetValue(BundleFormat.ManifestName, out var manifestBytes))
        {
            throw new BundleException(DiagnosticCode.BundleManifestInvalid, name, $"the bundle has no {BundleFormat.ManifestName}: it was not made by 'triage pack'");
        }

        var signer = CheckSignature(byName, manifestBytes, trusted, name);
        var manifest = ReadManifest(manifestBytes, name);
        if (manifest.KeyId != signer.KeyId)
        {
            throw new BundleException(DiagnosticCode.BundleManifestInvalid, name, $"the manifest names key {manifest.KeyId} but key {signer.KeyId} signed it: make the bundle again with 'triage pack'");
        }

        CheckPolicy(manifest, policy, name);
        var files = CheckFiles(manifest, entries, byName, name);
        return new VerifiedBundle(manifest, files);
    }

    private static ImmutableArray<KeyValuePair<string, byte[]>> ReadEntries(string bundleFile, string name)
    {
        try
        {
            using var stream = new FileStream(bundleFile, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > BundleFormat.MaxBundleBytes)
            {
                throw new BundleException(DiagnosticCode.BundleTooLarge, name, $"the bundle is {stream.Length:N0} bytes, more than the {BundleFormat.MaxBundleBytes:N0} accepted; the bundle was refused");
            }

            return BundleArchive.Read(stream, name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BundleException(DiagnosticCode.BundleUnreadable, name, $"the bundle cannot be read ({ex.Message}): check the path given to --bundle");
        }
    }

    private static TrustedKey CheckSignature(Dictionary<string, byte[]> entries, byte[] manifestBytes, ImmutableArray<TrustedKey> trusted, string name)
    {
        if (!entries.TryGetValue(BundleFormat.SignatureName, out var signatureBytes) || signatureBytes.Length == 0)
        {
            throw new BundleException(DiagnosticCode.BundleUnsigned, name, $"the bundle has no signature ({BundleFormat.SignatureName}): it was never signed, or its signature was stripped; only a bundle signed by a trusted key is loaded");
        }

        BundleSignature? signature;
        try
        {
            signature = JsonSerializer.Deserialize(signatureBytes, BundleJsonContext.Default.BundleSignature);
        }
        catch (JsonException ex)
        {
            throw new BundleException(DiagnosticCode.BundleSignatureInvalid, name, $"{BundleFormat.SignatureName} is not a signature ({ex.Message}); the bundle was refused");
        }

        if (signature is null || signature.Algorithm != BundleFormat.Algorithm)
        {
            throw new BundleException(DiagnosticCode.BundleSignatureInvalid, name, $"the signature's algorithm is '{signature?.Algorithm}', not {BundleFormat.Algorithm}; the bundle was refused");
        }

        var key = trusted.FirstOrDefault(k => k.KeyId == signature.KeyId)
            ?? throw new BundleException(DiagnosticCode.BundleUntrustedKey, name, $"the bundle is signed by key {Printable(signature.KeyId)}, which is not trusted here (trusted: {string.Join(", ", trusted.Select(k => k.KeyId))}); pass its public key with --trusted-key if its owners released it");

        byte[] raw;
        try
        {
            raw = Convert.FromBase64String(signature.Signature);
        }
        catch (FormatException)
        {
            throw new BundleException(DiagnosticCode.BundleSignatureInvalid, name, "the signature is not base64; the bundle was refused");
        }

        var verifier = new Ed25519Signer();
        verifier.Init(forSigning: false, key.Key);
        verifier.BlockUpdate(manifestBytes, 0, manifestBytes.Length);
        return raw.Length == 64 && verifier.VerifySignature(raw)
            ? key
            : throw new BundleException(DiagnosticCode.BundleSignatureInvalid, name, $"the signature does not verify with key {key.KeyId}: the manifest or its signature was changed after signing; the bundle was refused");
    }

    private static BundleManifest ReadManifest(byte[] bytes, string name)
    {
        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(bytes, BundleJsonContext.Default.BundleManifest);
        }
        catch (JsonException ex)
        {
            throw new BundleException(DiagnosticCode.BundleManifestInvalid, name, $"the manifest does not read ({ex.Message}); the bundle was refused");
        }

        return manifest is null || manifest.Format != BundleFormat.Tag || manifest.Files.IsDefault
            ? throw new BundleException(DiagnosticCode.BundleManifestInvalid, name, $"the manifest's format is '{manifest?.Format}', not {BundleFormat.Tag}: this engine reads no other")
            : manifest;
    }

    private static void CheckPolicy(BundleManifest manifest, BundlePolicy policy, string name)
    {
        if (!Version.TryParse(manifest.Engine, out var engine))
        {
            throw new BundleException(DiagnosticCode.BundleManifestInvalid, name, $"the manifest's engine version '{manifest.Engine}' is not a version");
        }

        if (engine > BundleFormat.EngineVersion)
        {
            throw new BundleException(DiagnosticCode.BundleNeedsNewerEngine, name, $"the bundle needs engine {manifest.Engine} or later; this is {BundleFormat.EngineVersion.ToString(3)}: upgrade triage first");
        }

        if (manifest.ExpiresAt is { } expiry && expiry <= policy.Now)
        {
            throw new BundleException(DiagnosticCode.BundleExpired, name, $"the bundle (revision {manifest.Revision}) expired at {expiry:O}: pack and sign a new release");
        }

        if (manifest.Revision < policy.MinimumRevision)
        {
            throw new BundleException(DiagnosticCode.BundleRollback, name, $"the bundle's revision {manifest.Revision} is older than {policy.MinimumRevision}, the one running: a rollback is refused; release the old content again under a new revision number");
        }

        if (manifest.Revision == policy.MinimumRevision && policy.ContentAtMinimum is { } content && manifest.ContentRevision != content)
        {
            throw new BundleException(DiagnosticCode.BundleRollback, name, $"the bundle reuses revision {manifest.Revision}, the one running, for other content: give every release its own revision number");
        }
    }

    private static ImmutableArray<KeyValuePair<string, byte[]>> CheckFiles(BundleManifest manifest, ImmutableArray<KeyValuePair<string, byte[]>> entries, Dictionary<string, byte[]> byName, string name)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<KeyValuePair<string, byte[]>>(manifest.Files.Length);
        foreach (var file in manifest.Files)
        {
            if (!listed.Add(file.Path))
            {
                throw new BundleException(DiagnosticCode.BundleManifestInvalid, name, $"the manifest lists '{Printable(file.Path)}' twice");
            }

            if (!byName.TryGetValue(file.Path, out var bytes) || file.Path is BundleFormat.ManifestName or BundleFormat.SignatureName)
            {
                throw new BundleException(DiagnosticCode.BundleFileMismatch, name, $"'{Printable(file.Path)}' is listed in the manifest but not in the bundle; the bundle was refused");
            }

            if (bytes.Length != file.Size || !Convert.ToHexStringLower(SHA256.HashData(bytes)).Equals(file.Sha256, StringComparison.Ordinal))
            {
                throw new BundleException(DiagnosticCode.BundleFileMismatch, name, $"'{file.Path}' is not the file that was signed (its size or SHA-256 differs from the manifest's): the bundle was changed after packing; refused");
            }

            files.Add(new(file.Path, bytes));
        }

        var extra = entries.Select(e => e.Key).FirstOrDefault(n => n is not (BundleFormat.ManifestName or BundleFormat.SignatureName) && !listed.Contains(n));
        if (extra is not null)
        {
            throw new BundleException(DiagnosticCode.BundleFileMismatch, name, $"'{extra}' is in the bundle but not in its manifest: a file was added after signing; the bundle was refused");
        }

        var content = KnowledgeRevision.Of(files.Select(f => new KeyValuePair<string, ReadOnlyMemory<byte>>(f.Key, f.Value)));
        return content == manifest.ContentRevision
            ? files.ToImmutable()
            : throw new BundleException(DiagnosticCode.BundleFileMismatch, name, $"the files' content revision is {content}, not the manifest's {Printable(manifest.ContentRevision)}; the bundle was refused");
    }

    // Text from an unverified bundle is shown cut short and without control characters.
    private static string Printable(string? text) => text is null ? "(none)" : new([.. text.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
}
