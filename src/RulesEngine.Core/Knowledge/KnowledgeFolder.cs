using System.Collections.Frozen;
using RulesEngine.Core.Catalog;

namespace RulesEngine.Core.Knowledge;

/// <summary>A loaded knowledge-base folder: its articles by id and its package catalog. Immutable and shareable across threads.</summary>
/// <param name="Articles">The articles that loaded, by id (ordinal).</param>
/// <param name="Catalog">The package catalog; empty when <c>packages.yaml</c> is absent or unreadable.</param>
internal sealed record KnowledgeFolder(IReadOnlyDictionary<string, Article> Articles, PackageCatalog Catalog)
{
    /// <summary>A folder with no articles and an empty catalog.</summary>
    public static KnowledgeFolder Empty { get; } = new(FrozenDictionary<string, Article>.Empty, PackageCatalog.Empty);
}
