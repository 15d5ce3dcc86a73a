using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RulesEngine.Core.Yaml;

/// <summary>Wraps a YamlDotNet parser and refuses what makes hostile YAML dangerous:
/// aliases (billion laughs), anchors, explicit tags (type names) and deep nesting (stack overflow).</summary>
internal sealed class GuardedParser(IParser inner, int maxDepth) : IParser
{
    private int _depth;

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

        if (inner.Current is MappingStart or SequenceStart && ++_depth > maxDepth)
        {
            throw new YamlGuardException(inner.Current.Start, inner.Current.End, $"nesting deeper than {maxDepth} levels: flatten the document", tooDeep: true);
        }

        if (inner.Current is MappingEnd or SequenceEnd)
        {
            _depth--;
        }

        return true;
    }

    // A non-specific tag ("!") on a quoted scalar is how YAML marks plain strings; that one is harmless.
    private static bool IsPlainTag(NodeEvent node) => node.Tag.Value == "!";
}
