using RulesEngine.Core.Yaml;
using RulesEngine.Core.Catalog;
using RulesEngine.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Knowledge;

/// <summary>Reads the package catalog (<c>kb/packages.yaml</c>): a <c>packages:</c> list of entries with id, name,
/// aliases, vendor, url and alternatives. Every problem is reported at its file line and column.</summary>
internal static partial class PackageCatalogReader
{
    private static readonly string[] DocumentKeys = ["packages"];

    /// <summary>Reads the catalog. Returns null when the file is not a catalog at all (YAML errors, no <c>packages</c> list);
    /// otherwise the entries that have an id and a name, with every other problem reported in <paramref name="bag"/>.</summary>
    /// <param name="path">The file path, used in diagnostics.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="bag">Where problems go.</param>
    public static PackageCatalog? Read(string path, string text, DiagnosticBag bag)
    {
        if (SafeYamlReader.Read(path, text, bag, 0) is not { } root)
        {
            return null;
        }

        var fields = new YamlFields(path, 0, bag, DiagnosticCode.InvalidCatalog);
        if (fields.Mapping(root, "the package catalog") is not { } document)
        {
            return null;
        }

        fields.RejectUnknownKeys(document, DocumentKeys, "the package catalog");
        if (fields.Required(document, "packages", fields.Span(document), "the package catalog") is not { } packagesNode
            || fields.Sequence(packagesNode, "'packages'") is not { } packages)
        {
            return null;
        }

        var entries = packages.Children.Select(p => ReadEntry(fields, p)).OfType<LocatedEntry>().ToList();
        CheckUnique(fields, entries);
        CheckAlternatives(fields, entries);
        return new PackageCatalog(entries.Select(e => e.Entry));
    }
}
