using System.Buffers;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    /// <summary>The ranges of <paramref name="text"/> around each occurrence of a stem (or of one of
    /// <paramref name="stemCharacters"/>): from <paramref name="before"/>
    /// characters before it to <paramref name="after"/> characters after it, overlapping ranges merged, in order.</summary>
    /// <remarks>A vectorized literal search finds the few places a regular expression can match; running the
    /// expression on those windows only is several times faster than running it over a whole log. Every match of
    /// the expression must hold a stem and fit in a window. Non-ASCII stems slow a string search several-fold, so those
    /// are looked for by a distinctive character.</remarks>
    private static List<(int Start, int End)> StemWindows(
        string text, SearchValues<string> stems, int before, int after, SearchValues<char>? stemCharacters = null)
    {
        var windows = new List<(int Start, int End)>();
        int nextStem = -1, nextCharacter = stemCharacters is null ? int.MaxValue : -1;
        for (var position = 0; position < text.Length;)
        {
            // Each search runs again only once the walk has passed its last hit.
            if (nextStem < position && nextStem != int.MaxValue)
            {
                var found = text.AsSpan(position).IndexOfAny(stems);
                nextStem = found < 0 ? int.MaxValue : position + found;
            }

            if (nextCharacter < position && nextCharacter != int.MaxValue)
            {
                var found = text.AsSpan(position).IndexOfAny(stemCharacters!);
                nextCharacter = found < 0 ? int.MaxValue : position + found;
            }

            var hit = Math.Min(nextStem, nextCharacter);
            if (hit == int.MaxValue)
            {
                break;
            }

            var start = Math.Max(0, hit - before);
            var end = Math.Min(text.Length, hit + after);
            if (windows.Count > 0 && start <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, end);
            }
            else
            {
                windows.Add((start, end));
            }

            position = hit + 1;
        }

        return windows;
    }
}
