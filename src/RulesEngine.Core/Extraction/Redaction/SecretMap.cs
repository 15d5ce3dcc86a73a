using System.Text;

namespace RulesEngine.Core.Extraction.Redaction;

/// <summary>The secrets of one text as sorted, non-overlapping spans; redacts any range of that text.</summary>
internal sealed class SecretMap
{
    private readonly SecretSpan[] _spans;

    /// <summary>Sorts and merges <paramref name="spans"/>; where spans overlap, the one starting first (then the longest) gives the replacement.</summary>
    public SecretMap(IEnumerable<SecretSpan> spans)
    {
        var sorted = spans.Where(s => s.End > s.Start)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        var merged = new List<SecretSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        _spans = [.. merged];
    }

    /// <summary>The number of secret spans.</summary>
    public int Count => _spans.Length;

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> with every secret span it touches replaced.</summary>
    public string Redact(string text, int start, int end)
    {
        var index = FirstEndingAfter(start);
        if (index == _spans.Length || _spans[index].Start >= end)
        {
            return text[start..end];
        }

        var builder = new StringBuilder(end - start);
        var position = start;
        for (; index < _spans.Length && _spans[index].Start < end; index++)
        {
            var span = _spans[index];
            if (span.Start > position)
            {
                builder.Append(text, position, span.Start - position);
            }

            builder.Append(span.Replacement);
            position = Math.Max(position, span.End);
        }

        if (position < end)
        {
            builder.Append(text, position, end - position);
        }

        return builder.ToString();
    }

    private int FirstEndingAfter(int offset)
    {
        int low = 0, high = _spans.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_spans[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
