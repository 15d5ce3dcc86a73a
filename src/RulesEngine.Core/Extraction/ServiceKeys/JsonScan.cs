namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>The values read from one JSON object in a text, as a flat tree (parents before children, in text order).</summary>
/// <param name="Start">0-based offset of the object's opening brace.</param>
/// <param name="End">0-based offset just past the last character read: the closing brace, or where broken JSON stopped.</param>
/// <param name="Complete">True when the object was closed.</param>
/// <param name="Nodes">The values; node 0 is the object itself.</param>
internal sealed record JsonScan(int Start, int End, bool Complete, IReadOnlyList<JsonNode> Nodes)
{
    /// <summary>The member path of node <paramref name="index"/> as people write it: <c>credentials.oauth.certificate</c>, <c>keys[1].url</c>.</summary>
    public string PathOf(int index)
    {
        var parts = new Stack<string>();
        for (var node = Nodes[index]; node.Parent >= 0; node = Nodes[node.Parent])
        {
            parts.Push(node.Name is { } name ? "." + name : $"[{node.Index}]");
        }

        return string.Concat(parts).TrimStart('.');
    }

    /// <summary>The index of the direct member of object <paramref name="parent"/> named <paramref name="name"/> (ignoring case), or -1.</summary>
    public int Member(int parent, string name)
    {
        for (var i = parent + 1; i < Nodes.Count && Nodes[i].ValueStart < Nodes[parent].ValueEnd; i++)
        {
            if (Nodes[i].Parent == parent && string.Equals(Nodes[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when node <paramref name="index"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public bool IsWithin(int index, int ancestor)
    {
        for (var i = index; i >= 0; i = Nodes[i].Parent)
        {
            if (i == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
