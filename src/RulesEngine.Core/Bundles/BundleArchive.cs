using System.Collections.Immutable;
using System.Formats.Tar;
using System.IO.Compression;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Bundles;

/// <summary>Reads and writes the tar.gz container of a bundle. Reading trusts nothing: every entry must be a plain file
/// with a safe relative name, inside the caps, and named once; what it returns are bytes, never files on disk.</summary>
internal static class BundleArchive
{
    /// <summary>The entries in archive order, read into memory.</summary>
    /// <exception cref="BundleException">The archive is malformed, over a cap, or has an unsafe entry.</exception>
    // System.Formats.Tar reports damaged headers as InvalidOperationException or OverflowException too (found by BundleCorruptionTests).
    public static ImmutableArray<KeyValuePair<string, byte[]>> Read(Stream compressed, string file)
    {
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, byte[]>>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            // The cap leaves room for the tar headers (512 bytes an entry) on top of the files.
            using var capped = new CappedReadStream(gzip, BundleFormat.MaxUnpackedBytes + (BundleFormat.MaxEntries * 1024L), () => TooLarge(file, $"it unpacks to more than {BundleFormat.MaxUnpackedBytes:N0} bytes"));
            using var reader = new TarReader(capped);
            long total = 0;
            while (reader.GetNextEntry(copyData: false) is { } entry)
            {
                var name = CheckName(entry, file);
                if (!names.Add(name))
                {
                    throw Unsafe(file, $"'{name}' is in the bundle twice (a later copy would replace the one verified)");
                }

                if (entries.Count >= BundleFormat.MaxEntries)
                {
                    throw TooLarge(file, $"it has more than {BundleFormat.MaxEntries:N0} entries");
                }

                var cap = name is BundleFormat.ManifestName or BundleFormat.SignatureName ? BundleFormat.MaxManifestBytes : BundleFormat.MaxFileBytes;
                if (entry.Length > cap)
                {
                    throw TooLarge(file, $"'{name}' is {entry.Length:N0} bytes, more than the {cap:N0} a bundle may hold in one file");
                }

                total += entry.Length;
                if (total > BundleFormat.MaxUnpackedBytes)
                {
                    throw TooLarge(file, $"its files add up to more than {BundleFormat.MaxUnpackedBytes:N0} bytes");
                }

                entries.Add(new(name, ReadData(entry)));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException or ArgumentException or InvalidOperationException or OverflowException or IOException and not FileNotFoundException)
        {
            throw new BundleException(DiagnosticCode.BundleUnreadable, file, $"the bundle is not a complete gzip-compressed tar archive ({ex.Message}): make it again with 'triage pack'");
        }

        return entries.ToImmutable();
    }

    /// <summary>Writes <paramref name="entries"/> in the order given, as plain files with fixed owner, mode and time, so
    /// the same input packs to the same archive.</summary>
    public static void Write(Stream output, IEnumerable<KeyValuePair<string, byte[]>> entries, DateTimeOffset time)
    {
        using var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (name, bytes) in entries)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
            {
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                ModificationTime = time,
                DataStream = new MemoryStream(bytes, writable: false),
            };
            writer.WriteEntry(entry);
        }
    }

    private static byte[] ReadData(TarEntry entry)
    {
        var bytes = new byte[entry.Length];
        if (entry.DataStream is { } data)
        {
            data.ReadExactly(bytes);
        }
        else if (bytes.Length > 0)
        {
            throw new EndOfStreamException($"'{entry.Name}' has no data");
        }

        return bytes;
    }

    // Only what 'triage pack' writes is accepted: the manifest, its signature, and plain files below rules/ or kb/
    // whose every segment is a plain name. Links, devices, directories, absolute and '..' paths never reach a disk.
    private static string CheckName(TarEntry entry, string file)
    {
        var name = entry.Name;
        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
        {
            throw Unsafe(file, $"'{Printable(name)}' is a {entry.EntryType} entry: a bundle holds plain files only (no links, folders or devices)");
        }

        if (name.Length == 0 || name.Length > BundleFormat.MaxNameLength)
        {
            throw Unsafe(file, $"an entry's name is empty or longer than {BundleFormat.MaxNameLength} characters");
        }

        if (name is BundleFormat.ManifestName or BundleFormat.SignatureName)
        {
            return name;
        }

        if (name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            throw Unsafe(file, $"'{Printable(name)}' is an absolute path or has '\\', ':' or a control character in it");
        }

        var segments = name.Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
        {
            throw Unsafe(file, $"'{Printable(name)}' has an empty, '.' or '..' segment: it could name a file outside the bundle");
        }

        if (segments.Length < 2 || segments[0] is not ("rules" or "kb"))
        {
            throw Unsafe(file, $"'{Printable(name)}' is outside rules/ and kb/");
        }

        if (segments.Any(s => s.StartsWith('.')))
        {
            throw Unsafe(file, $"'{Printable(name)}' is hidden: a knowledge base has no hidden files, so 'triage pack' never packs one");
        }

        return name;
    }

    private static string Printable(string name) => new([.. name.Take(BundleFormat.MaxNameLength).Select(c => char.IsControl(c) ? '?' : c)]);

    private static BundleException Unsafe(string file, string message) => new(DiagnosticCode.BundleUnsafeEntry, file, message + "; the bundle was refused");

    private static BundleException TooLarge(string file, string message) => new(DiagnosticCode.BundleTooLarge, file, message + "; the bundle was refused");
}
