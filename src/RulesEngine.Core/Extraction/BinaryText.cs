namespace RulesEngine.Core.Extraction;

/// <summary>Recognises text that is really binary data (an image or archive decoded as text).</summary>
internal static class BinaryText
{
    // Binary when more than 1 in 20 characters is a control character or a decoding replacement character.
    private const int Ratio = 20;

    // A few stray control characters do not make a log binary.
    private const int MinSuspicious = 8;

    /// <summary>True when <paramref name="text"/> holds many NUL or other control characters.</summary>
    public static bool IsBinary(string text)
    {
        var suspicious = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        return suspicious >= MinSuspicious && (long)suspicious * Ratio > text.Length;
    }
}
