namespace RulesEngine.Core.Extraction.Http;

/// <summary>The words with which customers say which way a call went when no URL tells it: the sender side of an
/// iFlow (a call into the tenant) or its receiver side (a call out of it), in English and German.</summary>
/// <remarks>Matched as literals ignoring ASCII case by the one keyword pass; the nearest one to a status decides.</remarks>
internal static class ChannelWords
{
    private const string Inbound = "inbound";
    private const string Outbound = "outbound";

    // How far from a status (in characters, either side) a channel word still tells its direction.
    private const int MaxDistance = 4000;

    private static readonly (string Word, string Direction)[] _words =
    [
        ("sender adapter", Inbound), ("sender channel", Inbound), ("sender communication channel", Inbound),
        ("Sender-Kanal", Inbound), ("Senderkanal", Inbound), ("Sender-Adapter", Inbound), ("Senderadapter", Inbound),
        ("calls our iFlow", Inbound), ("calls the iFlow", Inbound), ("calling our iFlow", Inbound), ("call our iFlow", Inbound),
        ("posts to our iFlow", Inbound), ("posts to the iFlow", Inbound), ("sends to our iFlow", Inbound),
        ("ruft unseren iFlow", Inbound), ("ruft den iFlow", Inbound),
        ("receiver channel", Outbound), ("receiver adapter", Outbound), ("receiver communication channel", Outbound),
        ("Empfänger-Kanal", Outbound), ("Empfängerkanal", Outbound), ("Empfänger-Adapter", Outbound), ("Empfängeradapter", Outbound),
        ("Empfänger", Outbound), ("Empfaenger", Outbound),
        ("iFlow calls", Outbound), ("iFlow is calling", Outbound), ("integration flow calls", Outbound), ("iFlow ruft", Outbound),
    ];

    /// <summary>The words, in the order their hits are numbered.</summary>
    public static IReadOnlyList<string> Keywords { get; } = [.. _words.Select(w => w.Word)];

    /// <summary>The direction the nearest of <paramref name="hits"/> (offsets and word indexes, in text order) to
    /// <paramref name="offset"/> tells, if one is near enough; "Empfänger-Kanal" counts once, not also as "Empfänger".</summary>
    public static string? Nearest(IReadOnlyList<(int Offset, int Word)> hits, int offset)
    {
        string? direction = null;
        var best = MaxDistance + 1;
        foreach (var (at, word) in hits)
        {
            var distance = Math.Abs(at - offset);
            if (distance < best)
            {
                best = distance;
                direction = _words[word].Direction;
            }
            else if (at > offset)
            {
                break; // in text order: farther from here on
            }
        }

        return direction;
    }
}
