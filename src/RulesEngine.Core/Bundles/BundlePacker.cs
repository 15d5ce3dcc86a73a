using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Signers;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Bundles;

/// <summary>Packs a knowledge base's files into a signed bundle: the files exactly as the revision hashes them, a
/// manifest listing each with its size and SHA-256, and an Ed25519 signature over the manifest's bytes.</summary>
public static class BundlePacker
{
    /// <summary>Writes the bundle of the files under <paramref name="rulesDirectory"/> and <paramref name="kbDirectory"/>
    /// to <paramref name="output"/>, signed with the private key in <paramref name="signingKeyFile"/>.</summary>
    /// <exception cref="BundleException">The key is not usable, a file is over the caps, or the revision is not positive.</exception>
    public static BundleManifest Pack(string rulesDirectory, string kbDirectory, string signingKeyFile, long revision, DateTimeOffset createdAt, DateTimeOffset? expiresAt, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var key = BundleKeyFiles.ReadSigning(signingKeyFile);
        if (revision < 1)
        {
            throw new BundleException(DiagnosticCode.BundleManifestInvalid, "--revision", $"the revision number must be 1 or more, not {revision}: each release gets a higher one than the last");
        }

        if (expiresAt is { } expiry && expiry <= createdAt)
        {
            throw new BundleException(DiagnosticCode.BundleExpired, "--expires", $"the expiry {expiry:O} is not after the creation time {createdAt:O}: the bundle would never load");
        }

        var files = ReadFiles(rulesDirectory, kbDirectory);
        var created = Truncate(createdAt);
        var manifest = new BundleManifest(
            BundleFormat.Tag,
            revision,
            KnowledgeRevision.Of(files.Select(f => new KeyValuePair<string, ReadOnlyMemory<byte>>(f.Key, f.Value))),
            created,
            expiresAt is { } e ? Truncate(e) : null,
            BundleFormat.EngineVersion.ToString(3),
            BundleKeys.KeyId(key.GeneratePublicKey()),
            [.. files.Select(f => new BundleFileEntry(f.Key, f.Value.Length, Convert.ToHexStringLower(SHA256.HashData(f.Value))))]);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, BundleJsonContext.Default.BundleManifest);

        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, key);
        signer.BlockUpdate(manifestBytes, 0, manifestBytes.Length);
        var signature = new BundleSignature(manifest.KeyId, BundleFormat.Algorithm, Convert.ToBase64String(signer.GenerateSignature()));
        var signatureBytes = JsonSerializer.SerializeToUtf8Bytes(signature, BundleJsonContext.Default.BundleSignature);

        BundleArchive.Write(output, [new(BundleFormat.ManifestName, manifestBytes), new(BundleFormat.SignatureName, signatureBytes), .. files], created);
        return manifest;
    }

    private static ImmutableArray<KeyValuePair<string, byte[]>> ReadFiles(string rulesDirectory, string kbDirectory)
    {
        var files = ImmutableArray.CreateBuilder<KeyValuePair<string, byte[]>>();
        long total = 0;
        foreach (var file in KnowledgeFiles.List(rulesDirectory, kbDirectory))
        {
            var bytes = File.ReadAllBytes(file.FullPath);
            total += bytes.Length;
            if (bytes.Length > BundleFormat.MaxFileBytes || total > BundleFormat.MaxUnpackedBytes || files.Count >= BundleFormat.MaxEntries)
            {
                throw new BundleException(DiagnosticCode.BundleTooLarge, file.Name, $"the knowledge base is over a bundle's caps at this file ({BundleFormat.MaxFileBytes:N0} bytes a file, {BundleFormat.MaxUnpackedBytes:N0} in all, {BundleFormat.MaxEntries:N0} files): a reader would refuse it");
            }

            files.Add(new(file.Name, bytes));
        }

        return files.Count == 0
            ? throw new BundleException(DiagnosticCode.FolderNotFound, KnowledgePaths.Display(rulesDirectory), "there are no files to pack: pass --rules DIR and --kb DIR")
            : files.ToImmutable();
    }

    // Whole seconds in UTC: the manifest reads the same in every time zone.
    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
