namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>An object or array open while a JSON value is read, with the log members found in it (by their path
/// relative to it). Mutable; one per open container.</summary>
internal sealed class JsonObjectFrame(string? name, bool isObject)
{
    private Dictionary<string, List<JsonMemberValue>>? _members;

    /// <summary>The member name under which the container sits, if any.</summary>
    public string? Name { get; } = name;

    /// <summary>True for an object, false for an array.</summary>
    public bool IsObject { get; } = isObject;

    /// <summary>True once an event was read inside it: then it is a wrapper (a Splunk result, an Elastic hit), not an event.</summary>
    public bool HoldsEvent { get; set; }

    /// <summary>Keeps a value found at <paramref name="path"/>; an array's elements are kept in order.</summary>
    public void Add(string path, JsonMemberValue value)
    {
        _members ??= new Dictionary<string, List<JsonMemberValue>>(StringComparer.OrdinalIgnoreCase);
        if (!_members.TryGetValue(path, out var values))
        {
            _members[path] = values = [];
        }

        if (values.Count < MaxValues)
        {
            values.Add(value);
        }
    }

    /// <summary>The first of <paramref name="names"/> that the object has, with its values.</summary>
    public (string Name, List<JsonMemberValue> Values)? First(IEnumerable<string> names)
    {
        if (_members is null)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (_members.TryGetValue(name, out var values))
            {
                return (name, values);
            }
        }

        return null;
    }

    // At most this many lines of one member (a stack trace printed as an array) are kept.
    private const int MaxValues = 256;
}
