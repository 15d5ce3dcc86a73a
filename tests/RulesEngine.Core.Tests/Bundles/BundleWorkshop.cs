using System.Collections.Immutable;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using RulesEngine.Core.Bundles;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Bundles;

/// <summary>A small knowledge base with one passing rule test, key pairs, and the tools an attacker would use on a
/// bundle: unpack its entries, change them, pack them again (signed again or not), or write raw tar entries.</summary>
internal sealed class BundleWorkshop : IDisposable
{
    public const string Rule = "rules:\n  - id: r1\n    article: a1\n    status: confirmed\n    when:\n      - http-error: { status: 401 }\n";

    public const string Tests = "cases:\n  - name: the 401\n    inputs:\n      - { name: t.txt, text: \"HTTP 401 Unauthorized\" }\n    expect:\n      - { article: a1, rule: r1 }\n"
        + "  - name: no 401\n    inputs:\n      - { name: t.txt, text: \"all fine\" }\n    absent: [a1]\n";

    public static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public BundleWorkshop()
    {
        Folder.Write("rules/r.yaml", Rule);
        Folder.Write("rules/r.tests.yaml", Tests);
        Folder.WriteArticle("a1");
        (SigningKey, TrustedKey) = WriteKeys("owner");
        (OtherSigningKey, OtherTrustedKey) = WriteKeys("stranger");
    }

    public TempFolder Folder { get; } = new();

    public string RulesFolder => Path.Combine(Folder.Root, "rules");

    public string KbFolder => Path.Combine(Folder.Root, "kb");

    public string SigningKey { get; }

    public string TrustedKey { get; }

    public string OtherSigningKey { get; }

    public string OtherTrustedKey { get; }

    /// <summary>Packs the folder's knowledge base as <c>NAME.tgz</c> and returns its path.</summary>
    public string Pack(string name = "kb", long revision = 1, string? key = null, DateTimeOffset? expiresAt = null, DateTimeOffset? createdAt = null)
    {
        var path = Path.Combine(Folder.Root, name + ".tgz");
        using var stream = File.Create(path);
        BundlePacker.Pack(RulesFolder, KbFolder, key ?? SigningKey, revision, createdAt ?? Now, expiresAt, stream);
        return path;
    }

    public BundleLoadResult Load(string bundle, BundlePolicy? policy = null, params string[] trusted) =>
        BundleLoader.Load(bundle, trusted.Length == 0 ? [TrustedKey] : trusted, policy ?? new BundlePolicy(Now));

    /// <summary>The entries of a bundle, as bytes.</summary>
    public static List<KeyValuePair<string, byte[]>> Entries(string bundle)
    {
        using var stream = File.OpenRead(bundle);
        return [.. BundleArchive.Read(stream, bundle)];
    }

    /// <summary>Writes <paramref name="entries"/> as a new bundle (no check, no signing) and returns its path.</summary>
    public string Repack(string name, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        var path = Path.Combine(Folder.Root, name + ".tgz");
        using var stream = File.Create(path);
        BundleArchive.Write(stream, entries, Now);
        return path;
    }

    /// <summary>Changes the manifest with <paramref name="edit"/> and signs the result with <paramref name="key"/>, as a
    /// holder of that key would.</summary>
    public string Resign(string bundle, string name, Func<BundleManifest, BundleManifest> edit, string? key = null)
    {
        var entries = Entries(bundle);
        var manifest = JsonSerializer.Deserialize(entries.Single(e => e.Key == "manifest.json").Value, BundleJsonContext.Default.BundleManifest)!;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(edit(manifest), BundleJsonContext.Default.BundleManifest);
        var signature = Sign(bytes, key ?? SigningKey);
        return Repack(name, entries.Select(e => e.Key switch
        {
            "manifest.json" => new(e.Key, bytes),
            "manifest.sig" => new(e.Key, signature),
            _ => e,
        }));
    }

    public static byte[] Sign(byte[] manifest, string keyFile, string? claimedKeyId = null)
    {
        var key = BundleKeyFiles.ReadSigning(keyFile);
        var signer = new Ed25519Signer();
        signer.Init(true, key);
        signer.BlockUpdate(manifest, 0, manifest.Length);
        var signature = new BundleSignature(claimedKeyId ?? BundleKeys.KeyId(key.GeneratePublicKey()), "Ed25519", Convert.ToBase64String(signer.GenerateSignature()));
        return JsonSerializer.SerializeToUtf8Bytes(signature, BundleJsonContext.Default.BundleSignature);
    }

    /// <summary>A bundle of raw tar entries, written as given (links, folders, any name).</summary>
    public string RawTar(string name, IEnumerable<TarEntry> entries)
    {
        var path = Path.Combine(Folder.Root, name + ".tgz");
        using var stream = File.Create(path);
        using var gzip = new GZipStream(stream, CompressionLevel.Fastest);
        using var writer = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var entry in entries)
        {
            writer.WriteEntry(entry);
        }

        return path;
    }

    public static PaxTarEntry PlainEntry(string name, string text) => new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };

    public static string KeyIdOf(string publicKeyFile) => BundleKeyFiles.ReadTrusted(publicKeyFile).KeyId;

    public void Dispose() => Folder.Dispose();

    private (string Private, string Public) WriteKeys(string name)
    {
        var (privatePem, publicPem, _) = BundleKeys.Generate();
        var privatePath = Folder.Write($"keys/{name}.key", privatePem);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return (privatePath, Folder.Write($"keys/{name}.pub", publicPem));
    }
}
