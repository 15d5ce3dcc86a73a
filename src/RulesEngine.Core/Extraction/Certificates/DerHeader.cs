namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>The start of a DER SEQUENCE: its total length and the tag of its first element.</summary>
/// <param name="Length">Total length in bytes, header included.</param>
/// <param name="InnerTag">The tag byte of the first element: 0x30 (a SEQUENCE) for a certificate, 0x02 (an INTEGER) for a private key.</param>
internal readonly record struct DerHeader(int Length, byte InnerTag)
{
    // DER SEQUENCE tag: every certificate starts with it.
    private const byte SequenceTag = 0x30;

    /// <summary>Base64 characters that hold a header: 6 bytes cover the tag, a length of up to 3 bytes and the inner tag.</summary>
    public const int Base64Length = 8;

    /// <summary>Reads the header from the first bytes of DER data; null when they are not a SEQUENCE of a usable length.</summary>
    public static DerHeader? Read(ReadOnlySpan<byte> bytes, int maxLength)
    {
        if (bytes.Length < 2 || bytes[0] != SequenceTag)
        {
            return null;
        }

        var count = bytes[1] < 0x80 ? 0 : bytes[1] & 0x7F;
        if (count > 3 || bytes.Length < 3 + count)
        {
            return null;
        }

        var length = count == 0 ? bytes[1] : 0;
        for (var i = 0; i < count; i++)
        {
            length = (length << 8) | bytes[2 + i];
        }

        length += 2 + count;
        return length > maxLength ? null : new DerHeader(length, bytes[2 + count]);
    }
}
