using System.Text.RegularExpressions;
using RulesEngine.Core.Catalog;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Knowledge;

internal static partial class PackageCatalogReader
{
    private const string EntryName = "a package";

    private static readonly string[] EntryKeys = ["id", "name", "aliases", "vendor", "url", "alternatives"];

    /// <summary>An entry with the nodes that later checks report at.</summary>
    private sealed record LocatedEntry(PackageEntry Entry, YamlScalarNode IdNode, IReadOnlyList<YamlNode> NameNodes, IReadOnlyList<YamlNode> AlternativeNodes);

    private static LocatedEntry? ReadEntry(YamlFields fields, YamlNode node)
    {
        if (fields.Mapping(node, "each item of 'packages'") is not { } mapping)
        {
            return null;
        }

        fields.RejectUnknownKeys(mapping, EntryKeys, EntryName);
        var span = fields.Span(mapping);
        var idNode = fields.Required(mapping, "id", span, EntryName);
        var id = idNode is null ? null : fields.Text(idNode, "'id'");
        if (id is not null && !PackageId().IsMatch(id))
        {
            fields.Error(idNode!, $"package id '{id}' may hold only letters, digits, '.', '_' and '-' (the Business Accelerator Hub id, or a kebab-case id)");
            id = null;
        }

        var nameNode = fields.Required(mapping, "name", span, EntryName);
        var name = nameNode is null ? null : fields.Text(nameNode, "'name'");
        var aliasesNode = YamlFields.Get(mapping, "aliases");
        var aliases = aliasesNode is null ? [] : fields.Texts(aliasesNode, "'aliases'");
        var vendor = YamlFields.Get(mapping, "vendor") is { } vendorNode ? fields.Text(vendorNode, "'vendor'") : null;
        var url = YamlFields.Get(mapping, "url") is { } urlNode ? fields.Url(urlNode, "'url'") : null;
        var alternativesNode = YamlFields.Get(mapping, "alternatives");
        var alternatives = alternativesNode is null ? [] : fields.Texts(alternativesNode, "'alternatives'");
        if (id is null || name is null)
        {
            return null;
        }

        return new LocatedEntry(
            new PackageEntry(id, name, aliases, vendor, url, alternatives),
            (YamlScalarNode)idNode!,
            [nameNode!, .. Items(aliasesNode)],
            Items(alternativesNode));
    }

    private static List<YamlNode> Items(YamlNode? node) =>
        node is YamlSequenceNode list ? [.. list.Children.Where(c => c is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))] : [];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PackageId();
}
