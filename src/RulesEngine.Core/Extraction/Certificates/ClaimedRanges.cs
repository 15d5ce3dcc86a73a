namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Non-overlapping ranges of text already read as a certificate, so a later finder does not read them again.</summary>
internal sealed class ClaimedRanges
{
    private readonly List<(int Start, int End)> _ranges = [];

    /// <summary>True when <paramref name="offset"/> lies in a claimed range.</summary>
    public bool Contains(int offset)
    {
        var index = _ranges.BinarySearch((offset, int.MaxValue));
        index = index < 0 ? ~index : index + 1;
        return index > 0 && _ranges[index - 1].End > offset;
    }

    /// <summary>Claims [<paramref name="start"/>, <paramref name="end"/>) unless it overlaps a claimed range.</summary>
    public bool TryClaim(int start, int end)
    {
        var index = _ranges.BinarySearch((start, int.MinValue));
        index = index < 0 ? ~index : index;
        var overlapsPrevious = index > 0 && _ranges[index - 1].End > start;
        var overlapsNext = index < _ranges.Count && _ranges[index].Start < Math.Max(end, start + 1);
        if (overlapsPrevious || overlapsNext)
        {
            return false;
        }

        _ranges.Insert(index, (start, end));
        return true;
    }
}
