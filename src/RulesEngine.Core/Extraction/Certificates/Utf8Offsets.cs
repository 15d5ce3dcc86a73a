using System.Text;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Converts increasing UTF-8 byte offsets of a text to UTF-16 character offsets in one forward pass.</summary>
internal sealed class Utf8Offsets(byte[] utf8)
{
    private int _byte;
    private int _char;

    /// <summary>The character offset of <paramref name="byteOffset"/>; offsets must not decrease between calls.</summary>
    public int CharOffset(int byteOffset)
    {
        if (byteOffset > _byte)
        {
            _char += Encoding.UTF8.GetCharCount(utf8, _byte, byteOffset - _byte);
            _byte = byteOffset;
        }

        return _char;
    }
}
