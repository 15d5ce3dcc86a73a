using RulesEngine.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Knowledge;

internal static partial class PackageCatalogReader
{
    /// <summary>Aliases shorter than this match unrelated prose ("WFS", "EC"), so they draw a warning.</summary>
    public const int MinAliasLength = 6;

    /// <summary>Ids are unique (case-insensitive, as lookups are); a name or alias names one package only.</summary>
    private static void CheckUnique(YamlFields fields, List<LocatedEntry> entries)
    {
        var ids = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (!ids.TryAdd(entry.Entry.Id, entry.IdNode))
            {
                fields.Error(entry.IdNode, $"duplicate package id '{entry.Entry.Id}' (first at line {fields.Span(ids[entry.Entry.Id]).Line}): ids must be unique");
            }

            foreach (var node in entry.NameNodes)
            {
                var text = ((YamlScalarNode)node).Value!.Trim();
                if (names.TryGetValue(text, out var owner) && owner != entry.Entry.Id)
                {
                    fields.Error(node, $"'{text}' already names package '{owner}': a name or alias must point to one package");
                }

                names.TryAdd(text, entry.Entry.Id);
                if (node != entry.NameNodes[0] && text.Length < MinAliasLength)
                {
                    fields.Bag.Warning(DiagnosticCode.InvalidCatalog, fields.Span(node), $"alias '{text}' is shorter than {MinAliasLength} characters and would match unrelated text: use a longer form");
                }
            }
        }
    }

    /// <summary>Every alternative names another package of the catalog.</summary>
    private static void CheckAlternatives(YamlFields fields, List<LocatedEntry> entries)
    {
        var ids = entries.Select(e => e.Entry.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var node in entry.AlternativeNodes)
            {
                var id = ((YamlScalarNode)node).Value!.Trim();
                if (string.Equals(id, entry.Entry.Id, StringComparison.OrdinalIgnoreCase))
                {
                    fields.Error(node, $"package '{id}' lists itself as an alternative");
                }
                else if (!ids.Contains(id))
                {
                    fields.Bag.Error(DiagnosticCode.UnknownCatalogReference, fields.Span(node), $"alternative '{id}' is not a package id of this catalog.{Suggestions.DidYouMean(id, ids)}");
                }
            }
        }
    }
}
