using System.Text;

namespace RulesEngine.Core.Extraction;

/// <summary>Decodes an input's bytes to text: by its byte-order mark (UTF-8, UTF-16 LE/BE), else UTF-16 when the NUL
/// bytes of ASCII text say so (as Windows tools write logs without a BOM), else UTF-8 with invalid bytes replaced.</summary>
public static class TextDecoder
{
    // How many leading bytes are looked at to tell UTF-16 without a BOM.
    private const int SampleLength = 4096;

    /// <summary>The text of <paramref name="bytes"/>, without its byte-order mark; never throws.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return (Utf16WithoutBom(bytes) ?? Encoding.UTF8).GetString(bytes);
    }

    // ASCII text in UTF-16 has a NUL in every other byte: odd positions for little endian, even ones for big endian.
    // Most of one side and almost none of the other must be NUL; binary data with scattered NULs fits neither.
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SampleLength) & ~1)];
        if (sample.Length < 2)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 <= pairs)
        {
            return Encoding.Unicode;
        }

        return evenNuls * 10 >= pairs * 7 && oddNuls * 10 <= pairs ? Encoding.BigEndianUnicode : null;
    }
}
