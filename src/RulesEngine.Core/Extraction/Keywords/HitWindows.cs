using System.Buffers;

namespace RulesEngine.Core.Extraction.Keywords;

/// <summary>Turns keyword hits into the small ranges a regex runs on: each hit's line, cut to a radius around the hit
/// at whitespace, with overlapping ranges merged, so that no character is searched twice.</summary>
internal static class HitWindows
{
    // Where a window may be cut: characters that never sit inside a word, a number or a URL.
    private static readonly SearchValues<char> _cuts = SearchValues.Create(" \t\"',;{}[]<>()");

    /// <summary>The merged windows around the hits that <paramref name="wanted"/> accepts (all when null), in text order.</summary>
    /// <remarks>Total length is at most the input's length, so a linear regex over all windows stays linear in the input.</remarks>
    public static List<TextWindow> Around(SourceText source, IReadOnlyList<KeywordHit> hits, int radius, Func<KeywordHit, bool>? wanted = null)
    {
        var windows = new List<TextWindow>();
        foreach (var hit in hits)
        {
            if (wanted is not null && !wanted(hit))
            {
                continue;
            }

            if (windows.Count > 0 && hit.Offset >= windows[^1].Start && hit.End <= windows[^1].End)
            {
                continue; // already covered
            }

            var window = Of(source, hit, radius);
            if (windows.Count > 0 && window.Start <= windows[^1].End)
            {
                var last = windows[^1];
                windows[^1] = new TextWindow(Math.Min(last.Start, window.Start), Math.Max(last.End, window.End));
            }
            else
            {
                windows.Add(window);
            }
        }

        return windows;
    }

    /// <summary>The hit's line, cut to <paramref name="radius"/> characters either side of the hit; a cut edge moves
    /// towards the hit to the first whitespace, quote, bracket or separator, so no word, number or URL is split.</summary>
    public static TextWindow Of(SourceText source, KeywordHit hit, int radius)
    {
        var text = source.Content;
        var line = source.LineOf(hit.Offset);
        var lineStart = source.LineStart(line);
        var lineEnd = Math.Max(source.LineEnd(line), hit.End);
        var start = Math.Max(lineStart, hit.Offset - radius);
        var end = (int)Math.Min(lineEnd, (long)hit.End + radius);
        if (start > lineStart)
        {
            var space = text.AsSpan(start, hit.Offset - start).IndexOfAny(_cuts);
            start = space < 0 ? hit.Offset : start + space + 1;
        }

        if (end < lineEnd)
        {
            var space = text.AsSpan(hit.End, end - hit.End).LastIndexOfAny(_cuts);
            end = space < 0 ? hit.End : hit.End + space;
        }

        return new TextWindow(start, end);
    }

    /// <summary>The 0-based line of each hit, in order, without repeats (hits are ordered by end offset).</summary>
    /// <remarks>Walks the lines forward with the hits instead of searching each hit's line.</remarks>
    public static IEnumerable<(int Line, KeywordHit Hit)> FirstHitPerLine(SourceText source, IEnumerable<KeywordHit> hits)
    {
        var line = -1;
        var next = 0; // start of the line after 'line'
        foreach (var hit in hits)
        {
            if (hit.Offset < next)
            {
                continue;
            }

            line = hit.Offset < next + 4096 ? WalkTo(source, line, hit.Offset) : source.LineOf(hit.Offset);
            next = line + 1 < source.LineCount ? source.LineStart(line + 1) : int.MaxValue;
            yield return (line, hit);
        }
    }

    // The line of 'offset', walking forward from 'line' (which starts before it).
    private static int WalkTo(SourceText source, int line, int offset)
    {
        while (line + 1 < source.LineCount && source.LineStart(line + 1) <= offset)
        {
            line++;
        }

        return line;
    }
}
