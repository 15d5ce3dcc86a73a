namespace RulesEngine.Core.Extraction.Logs;

/// <summary>Hands out one string per distinct logger or thread name of an input, so a log of many records does not
/// allocate the same names again and again. One cache per extraction; not thread-safe.</summary>
internal sealed class NameCache
{
    // Names beyond this many are not kept (a log with ever-new thread names should not grow the cache without bound).
    private const int MaxNames = 4096;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The string for <paramref name="name"/>, shared with earlier calls for the same name.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        if (_names.Count < MaxNames)
        {
            _names[text] = text;
        }

        return text;
    }
}
