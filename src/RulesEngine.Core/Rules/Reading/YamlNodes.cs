using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Rules.Reading;

/// <summary>Shape checks on YamlDotNet nodes that report a diagnostic instead of throwing.</summary>
internal sealed class YamlNodes(string path, DiagnosticBag bag, string text = "", IReadOnlyDictionary<long, Mark>? ends = null)
{

    public string Path => path;

    public DiagnosticBag Bag => bag;

    public SourceSpan Span(YamlNode node) => SafeYamlReader.Span(path, node);

    public void Error(DiagnosticCode code, YamlNode node, string message) => bag.Error(code, Span(node), message);

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(DiagnosticCode.UnexpectedNode, node, $"{what} must be a mapping (key: value lines)");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(DiagnosticCode.UnexpectedNode, node, $"{what} must be a list (lines starting with '- ')");
        return null;
    }

    public Located<string>? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return new Located<string>(value, Span(node));
        }

        Error(DiagnosticCode.InvalidValue, node, $"{what} must be a non-empty text");
        return null;
    }

    public Located<double>? Number(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value }
            && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return new Located<double>(number, Span(node));
        }

        Error(DiagnosticCode.InvalidValue, node, $"{what} must be a number");
        return null;
    }

    /// <summary>A single text or a list of texts.</summary>
    public IReadOnlyList<string> Texts(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children.Select(c => Text(c, what)?.Value).OfType<string>()];
        }

        return Text(node, what) is { } single ? [single.Value] : [];
    }

    /// <summary>The key as text, reporting non-scalar keys.</summary>
    public static string KeyText(YamlNode key) => key is YamlScalarNode { Value: { } value } ? value : "";

    /// <summary>Reports keys not in <paramref name="allowed"/>, with a suggestion.</summary>
    public void RejectUnknownKeys(YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = KeyText(key);
            if (!allowed.Contains(name))
            {
                Error(DiagnosticCode.UnknownKey, key, $"unknown key '{name}' in {where}; expected one of: {string.Join(", ", allowed)}.{Suggestions.DidYouMean(name, allowed)}");
            }
        }
    }

    /// <summary>The node's source text on one line (runs of whitespace collapsed), at most 160 characters.</summary>
    public string SourceText(YamlNode node) => SourceText(node, node);

    /// <summary>The source text from <paramref name="first"/>'s start to <paramref name="last"/>'s end, on one line.</summary>
    public string SourceText(YamlNode first, YamlNode last)
    {
        var node = first;
        var start = (int)node.Start.Index;
        var end = (int)EndOf(last).Index;
        if (start < 0 || end <= start || end > text.Length)
        {
            return "";
        }

        // A block collection ends where the next node starts: the comment lines before that node are not its text.
        var lines = text[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        while (lines.Count > 1 && lines[^1].StartsWith('#'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var flat = string.Join(' ', lines.SelectMany(l => l.Split((char[])[' ', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return flat.Length <= 160 ? flat : flat[..159] + "…";
    }

    // Scalars know their end; mappings and sequences end where the parser saw them close
    // (for flow style, just before the closing bracket: take the bracket too).
    private Mark EndOf(YamlNode node)
    {
        if (node is YamlScalarNode || ends is null || !ends.TryGetValue(node.Start.Index, out var end))
        {
            return node.End;
        }

        var index = (int)end.Index;
        var flow = node is YamlMappingNode { Style: MappingStyle.Flow } or YamlSequenceNode { Style: SequenceStyle.Flow };
        while (flow && index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return flow && index < text.Length && text[index] is '}' or ']' ? new Mark(index + 1, end.Line, end.Column) : end;
    }


    public static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static bool IsQuoted(YamlScalarNode scalar) => scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
}
