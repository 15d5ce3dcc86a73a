using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RulesEngine.Core.Yaml;

/// <summary>Wraps a YamlDotNet parser and refuses what makes hostile YAML dangerous:
/// aliases (billion laughs), anchors, explicit tags (type names) and deep nesting (stack overflow).</summary>
internal sealed class GuardedParser(IParser inner, int maxDepth) : IParser
{
    private readonly Stack<long> _openings = new();
    private int _depth;

    /// <summary>Where each mapping and sequence ends, by the index of its start (the node tree keeps no usable end marks).</summary>
    public Dictionary<long, Mark> Ends { get; } = [];

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlGuardException(alias.Start, alias.End, "aliases (*name) are not allowed: repeat the value instead");
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw new YamlGuardException(node.Start, node.End, "anchors (&name) are not allowed: repeat the value instead");
            case NodeEvent { Tag.IsEmpty: false } node when !IsPlainTag(node):
                throw new YamlGuardException(node.Start, node.End, $"tags ({node.Tag.Value}) are not allowed: write plain values");
        }

        if (inner.Current is MappingStart or SequenceStart)
        {
            if (++_depth > maxDepth)
            {
                throw new YamlGuardException(inner.Current.Start, inner.Current.End, $"nesting deeper than {maxDepth} levels: flatten the document", tooDeep: true);
            }

            _openings.Push(inner.Current.Start.Index);
        }

        if (inner.Current is MappingEnd or SequenceEnd)
        {
            _depth--;
            if (_openings.TryPop(out var start))
            {
                Ends[start] = inner.Current.End;
            }
        }

        return true;
    }

    // A non-specific tag ("!") on a quoted scalar is how YAML marks plain strings; that one is harmless.
    private static bool IsPlainTag(NodeEvent node) => node.Tag.Value == "!";
}
