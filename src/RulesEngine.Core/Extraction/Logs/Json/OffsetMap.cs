namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Maps offsets of a derived text (the readable view of a JSON log) back to offsets of the input it was made
/// from, so evidence names the line and column the customer sent, not a position in the view.</summary>
/// <remarks>The view is a list of segments in view order. In a copied segment each character maps to the character at
/// the same distance from the segment's original start; in a fixed one (a decoded escape such as <c>\n</c>, or a line
/// break the view inserts) every character maps to the one original offset.</remarks>
internal sealed class OffsetMap
{
    private readonly int[] _viewStarts;
    private readonly int[] _originalStarts;
    private readonly bool[] _copied;

    /// <summary>A map of the given segments, ordered by view start; the first starts at 0.</summary>
    public OffsetMap(int[] viewStarts, int[] originalStarts, bool[] copied)
    {
        _viewStarts = viewStarts;
        _originalStarts = originalStarts;
        _copied = copied;
    }

    /// <summary>The 0-based offset in the original input of the view's 0-based offset <paramref name="viewOffset"/>.</summary>
    public int OriginalOf(int viewOffset)
    {
        if (_viewStarts.Length == 0)
        {
            return viewOffset;
        }

        var index = Array.BinarySearch(_viewStarts, viewOffset);
        index = index >= 0 ? index : Math.Max(~index - 1, 0);
        return _copied[index] ? _originalStarts[index] + (viewOffset - _viewStarts[index]) : _originalStarts[index];
    }
}
