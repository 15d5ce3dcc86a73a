using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Knowledge;

/// <summary>Shape checks on the YAML of articles and catalog data: each problem becomes a diagnostic
/// (<paramref name="shapeCode"/> for wrong shapes) at the node's file position, shifted by <paramref name="lineOffset"/>.</summary>
internal sealed class YamlFields(string path, int lineOffset, DiagnosticBag bag, DiagnosticCode shapeCode)
{
    public DiagnosticBag Bag => bag;

    public SourceSpan Span(YamlNode node) => SafeYamlReader.Span(path, node, lineOffset);

    public void Error(YamlNode node, string message) => bag.Error(shapeCode, Span(node), message);

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"{what} must be a mapping ('key: value' lines)");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"{what} must be a list ('- item' lines or [a, b])");
        return null;
    }

    /// <summary>A non-empty scalar; <c>~</c>, <c>null</c> and blanks count as empty.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } scalar && !string.IsNullOrWhiteSpace(value) && !IsNull(scalar))
        {
            return value.Trim();
        }

        Error(node, $"{what} must be a non-empty text");
        return null;
    }

    /// <summary>An absolute http or https URL.</summary>
    public string? Url(YamlNode node, string what)
    {
        if (Text(node, what) is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return text;
        }

        Error(node, $"{what} must be an absolute http(s) URL, e.g. https://help.sap.com/…");
        return null;
    }

    /// <summary>A list of non-empty texts; bad items are reported and left out.</summary>
    public IReadOnlyList<string> Texts(YamlNode node, string what) =>
        Sequence(node, what) is { } list ? [.. list.Children.Select(c => Text(c, $"each item of {what}")).OfType<string>()] : [];

    /// <summary>The value of <paramref name="key"/>, or null after reporting it missing at <paramref name="owner"/>.</summary>
    public YamlNode? Required(YamlMappingNode mapping, string key, SourceSpan owner, string where)
    {
        var value = Get(mapping, key);
        if (value is null)
        {
            bag.Error(DiagnosticCode.MissingKey, owner, $"{where} needs '{key}:'");
        }

        return value;
    }

    /// <summary>Reports every key not in <paramref name="allowed"/>, with a "did you mean" suggestion when one is close.</summary>
    public void RejectUnknownKeys(YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = key is YamlScalarNode { Value: { } value } ? value : key.ToString();
            if (!allowed.Contains(name))
            {
                bag.Error(DiagnosticCode.UnknownKey, Span(key), $"unknown key '{name}' in {where}; expected one of: {string.Join(", ", allowed)}.{Suggestions.DidYouMean(name, allowed)}");
            }
        }
    }

    public static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";
}
