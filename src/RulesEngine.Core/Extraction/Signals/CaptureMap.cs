using System.Collections;

namespace RulesEngine.Core.Extraction.Signals;

/// <summary>A signal's named captures: an immutable map that compares by content, so two signal facts with the same
/// captures at the same place are one fact (records compare their members with <see cref="object.Equals(object)"/>).</summary>
internal sealed class CaptureMap : IReadOnlyDictionary<string, string>
{
    private readonly SortedDictionary<string, string> _values;

    /// <summary>Copies <paramref name="values"/>.</summary>
    public CaptureMap(IEnumerable<KeyValuePair<string, string>> values) =>
        _values = new SortedDictionary<string, string>(values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>A map without captures.</summary>
    public static CaptureMap Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc/>
    public string this[string key] => _values[key];

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) => _values.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    /// <inheritdoc/>
    public override bool Equals(object? obj) =>
        obj is CaptureMap other && other.Count == Count && _values.All(v => other._values.TryGetValue(v.Key, out var o) && o == v.Value);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in _values)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "{ " + string.Join(", ", _values.Select(v => v.Key + " = " + v.Value)) + " }";

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
