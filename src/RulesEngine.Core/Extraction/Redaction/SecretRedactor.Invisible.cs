using System.Buffers;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // Zero-width characters and the soft hyphen: invisible in an excerpt, so "pass\u200bword=" reads as a password field.
    private static readonly SearchValues<char> _invisible = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD");

    /// <summary>Runs <paramref name="find"/> over the text without its invisible characters and maps the spans back, so
    /// they cover the invisible characters inside them. Text without any (nearly all) is searched as it is.</summary>
    private static List<SecretSpan> WithoutInvisibleCharacters(string text, Func<string, List<SecretSpan>> find)
    {
        var first = text.AsSpan().IndexOfAny(_invisible);
        if (first < 0)
        {
            return find(text);
        }

        // removedBefore[i]: the offset, in the visible text, of the visible character that followed the i-th removed one.
        var visible = new System.Text.StringBuilder(text.Length);
        var removedBefore = new List<int>();
        visible.Append(text, 0, first);
        for (var position = first; position < text.Length;)
        {
            var next = text.AsSpan(position).IndexOfAny(_invisible);
            if (next < 0)
            {
                visible.Append(text, position, text.Length - position);
                break;
            }

            visible.Append(text, position, next);
            removedBefore.Add(visible.Length);
            position += next + 1;
        }

        var spans = find(visible.ToString());
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var end = span.End == 0 ? 0 : OriginalOffset(span.End - 1, removedBefore) + 1;
            spans[i] = span with { Start = OriginalOffset(span.Start, removedBefore), End = end };
        }

        return spans;
    }

    // The original offset of the visible character at visibleOffset: it moves right by each character removed before it.
    private static int OriginalOffset(int visibleOffset, List<int> removedBefore)
    {
        int low = 0, high = removedBefore.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (removedBefore[mid] <= visibleOffset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return visibleOffset + low;
    }
}
