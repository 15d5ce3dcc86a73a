using System.IO.Compression;
using RulesEngine.Core.Bundles;

namespace RulesEngine.Core.Tests.Bundles;

/// <summary>Random damage to a bundle, in its compressed bytes or in the tar stream inside, never crashes the reader:
/// each damaged bundle is refused with a bundle code, or (damage to bytes no check covers, such as a header's
/// time) loads with exactly the signed content.</summary>
public sealed class BundleCorruptionTests : IDisposable
{
    private const int Rounds = 150;

    private readonly BundleWorkshop _shop = new();

    [Fact]
    public void Load_RandomlyDamagedCompressedBytes_RefusedOrTheSignedContent() =>
        Check(File.ReadAllBytes(_shop.Pack()), bytes => bytes, seed: 1);

    [Fact]
    public void Load_RandomlyDamagedTarStream_RefusedOrTheSignedContent()
    {
        using var tar = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(File.ReadAllBytes(_shop.Pack("original"))), CompressionMode.Decompress))
        {
            gzip.CopyTo(tar);
        }

        Check(tar.ToArray(), Compress, seed: 2);
    }

    public void Dispose() => _shop.Dispose();

    private void Check(byte[] original, Func<byte[], byte[]> encode, int seed)
    {
        var random = new Random(seed);
        var signed = _shop.Load(_shop.Pack()).Bundle!;
        var content = signed.Manifest.ContentRevision;
        signed.Dispose();
        for (var round = 0; round < Rounds; round++)
        {
            var damaged = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
            }

            var path = Path.Combine(_shop.Folder.Root, $"damaged-{round}.tgz");
            File.WriteAllBytes(path, encode(damaged));

            var result = _shop.Load(path);

            using var loaded = result.Bundle;
            if (loaded is null)
            {
                Assert.InRange((int)result.Diagnostics[0].Code, 4001, 4013);
            }
            else
            {
                Assert.Equal(content, loaded.KnowledgeBase.Revision);
            }
        }
    }

    private static byte[] Compress(byte[] tar)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(tar);
        }

        return output.ToArray();
    }
}
