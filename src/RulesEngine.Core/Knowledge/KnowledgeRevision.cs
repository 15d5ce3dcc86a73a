using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RulesEngine.Core.Knowledge;

/// <summary>The revision of a knowledge base: the SHA-256 (64 lowercase hex digits) of every file that makes it up,
/// in ordinal order of their names (<see cref="KnowledgeFiles"/>). Each file is encoded unambiguously as the UTF-8
/// name's length (4 bytes, big-endian), the name, the content's length (8 bytes, big-endian) and the content, after
/// a format tag. So the same files give the same revision wherever they are loaded from (folders or a bundle), and a
/// change to any byte of any rule, test, article, template or catalog file gives another.</summary>
internal static class KnowledgeRevision
{
    private static readonly byte[] FormatTag = "triage-kb-revision/1\n"u8.ToArray();

    /// <summary>The revision of the files under <paramref name="rulesDirectory"/> and <paramref name="kbDirectory"/>.</summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static string OfFolders(string rulesDirectory, string kbDirectory)
    {
        using var hash = Start();
        var buffer = new byte[81920];
        foreach (var file in KnowledgeFiles.List(rulesDirectory, kbDirectory))
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // The length is taken from the open file and exactly that many bytes are hashed: a file growing meanwhile cannot shift the encoding.
            var length = stream.Length;
            AppendHeader(hash, file.Name, length);
            for (long left = length; left > 0;)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    throw new IOException($"'{file.Name}' became shorter while it was read");
                }

                hash.AppendData(buffer, 0, read);
                left -= read;
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The revision of files held in memory (a bundle's), named as <see cref="KnowledgeFile.Name"/> names them.</summary>
    public static string Of(IEnumerable<KeyValuePair<string, ReadOnlyMemory<byte>>> files)
    {
        using var hash = Start();
        foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            AppendHeader(hash, name, content.Length);
            hash.AppendData(content.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IncrementalHash Start()
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(FormatTag);
        return hash;
    }

    private static void AppendHeader(IncrementalHash hash, string name, long length)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)nameBytes.Length);
        BinaryPrimitives.WriteInt64BigEndian(header[4..], length);
        hash.AppendData(header[..4]);
        hash.AppendData(nameBytes);
        hash.AppendData(header[4..]);
    }
}
