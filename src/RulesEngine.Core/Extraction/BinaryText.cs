using System.Buffers;

namespace RulesEngine.Core.Extraction;

/// <summary>Recognises text that is really binary data (an image or archive decoded as text).</summary>
internal static class BinaryText
{
    // Binary when more than 1 in 20 characters is a control character or a decoding replacement character.
    private const int Ratio = 20;

    // A few stray control characters do not make a log binary.
    private const int MinSuspicious = 8;

    // Control characters other than tab, line feed, carriage return and form feed, and the replacement character.
    private static readonly SearchValues<char> _suspicious = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')), '\uFFFD']);

    /// <summary>True when <paramref name="text"/> holds many NUL or other control characters.</summary>
    /// <remarks>A vectorized search: ordinary text, which holds none, is passed over at memory speed.</remarks>
    public static bool IsBinary(string text)
    {
        var suspicious = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(_suspicious); at >= 0; at = rest.IndexOfAny(_suspicious))
        {
            suspicious++;
            rest = rest[(at + 1)..];
        }

        return suspicious >= MinSuspicious && (long)suspicious * Ratio > text.Length;
    }
}
