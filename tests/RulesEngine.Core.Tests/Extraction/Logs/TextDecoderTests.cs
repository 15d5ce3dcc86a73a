using System.Text;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Core.Tests.Extraction.Logs;

public sealed class TextDecoderTests
{
    private const string Sample = "2024-09-26 10:15:02.123 ERROR [exec-1] com.sap.Logger - Zertifikat ungültig – 401\r\n";

    public static TheoryData<string, byte[]> EncodedSamples => new()
    {
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Sample) },
        { "UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(Sample) },
    };

    [Theory]
    [MemberData(nameof(EncodedSamples))]
    public void Decode_EncodedText_GivesTextWithoutBom(string encoding, byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes);

        Assert.True(text == Sample, encoding);
    }

    [Fact]
    public void Decode_InvalidUtf8_ReplacesBadBytes()
    {
        byte[] bytes = [(byte)'o', (byte)'k', 0xC3, 0x28, (byte)'!'];

        Assert.Equal("ok\uFFFD(!", TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData(new byte[0], "")]
    [InlineData(new byte[] { 0x41 }, "A")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "")]
    public void Decode_TinyInput_DoesNotThrow(byte[] bytes, string expected)
    {
        Assert.Equal(expected, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_BinaryWithScatteredNuls_IsNotTakenForUtf16()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7)
        {
            bytes[i] = 0;
        }

        var text = TextDecoder.Decode(bytes);

        Assert.Equal(Encoding.UTF8.GetString(bytes), text);
    }

    [Fact]
    public void Decode_Utf16WithoutBomAndMostlyNonAscii_FallsBackToUtf8()
    {
        // Without a BOM only ASCII-heavy UTF-16 can be told apart; CJK text in UTF-16 has no NUL pattern.
        var bytes = Encoding.Unicode.GetBytes("证书无效证书无效证书无效");

        Assert.NotEqual("证书无效证书无效证书无效", TextDecoder.Decode(bytes));
    }
}
