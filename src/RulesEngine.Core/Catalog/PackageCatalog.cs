namespace RulesEngine.Core.Catalog;

/// <summary>The integration packages the knowledge base knows, by id. Immutable.</summary>
public sealed class PackageCatalog
{
    private readonly Dictionary<string, PackageEntry> _byId;

    public PackageCatalog(IEnumerable<PackageEntry> entries)
    {
        Entries = [.. entries];
        _byId = Entries.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An empty catalog.</summary>
    public static PackageCatalog Empty { get; } = new([]);

    /// <summary>All entries, in file order.</summary>
    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>The entry with this id (case-insensitive), or null.</summary>
    public PackageEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entries that replace <paramref name="entry"/>, in the order the catalog lists them.</summary>
    public IReadOnlyList<PackageEntry> AlternativesOf(PackageEntry entry) =>
        [.. entry.Alternatives.Select(Find).OfType<PackageEntry>()];
}
