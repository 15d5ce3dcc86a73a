using System.Text;

namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>The input's text as UTF-8 for <see cref="System.Text.Json.Utf8JsonReader"/>, and the conversion between its
/// byte offsets and the text's character offsets. Encoded once, when the first JSON value is read.</summary>
/// <remarks>Offsets are asked for in increasing order (values and their tokens come in text order), so a cursor that
/// only moves forward converts them in linear time; an earlier offset restarts it from the beginning.</remarks>
internal sealed class Utf8Positions(string text)
{
    private byte[]? _bytes;
    private bool _ascii;
    private int _char;
    private int _byte;

    /// <summary>The text as UTF-8.</summary>
    public byte[] Bytes
    {
        get
        {
            if (_bytes is null)
            {
                _bytes = Encoding.UTF8.GetBytes(text);
                _ascii = _bytes.Length == text.Length;
            }

            return _bytes;
        }
    }

    /// <summary>The byte offset of the character offset <paramref name="charOffset"/>.</summary>
    public int ByteOf(int charOffset)
    {
        _ = Bytes;
        if (_ascii)
        {
            return charOffset;
        }

        Rewind(charOffset < _char);
        _byte += Encoding.UTF8.GetByteCount(text.AsSpan(_char, charOffset - _char));
        _char = charOffset;
        return _byte;
    }

    /// <summary>The character offset of the byte offset <paramref name="byteOffset"/> (which starts a character).</summary>
    public int CharOf(int byteOffset)
    {
        var bytes = Bytes;
        if (_ascii)
        {
            return byteOffset;
        }

        Rewind(byteOffset < _byte);
        _char += Encoding.UTF8.GetCharCount(bytes.AsSpan(_byte, byteOffset - _byte));
        _byte = byteOffset;
        return _char;
    }

    private void Rewind(bool needed)
    {
        if (needed)
        {
            _char = 0;
            _byte = 0;
        }
    }
}
