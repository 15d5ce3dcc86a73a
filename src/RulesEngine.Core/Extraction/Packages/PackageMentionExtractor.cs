using RulesEngine.Core.Catalog;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Packages;

/// <summary>Finds catalog package names and aliases in text, preferring the longest where names overlap.</summary>
internal sealed class PackageMentionExtractor : ITextExtractor
{
    private readonly PackagePattern[] _patterns;

    /// <summary>Builds the patterns of every name and alias in <paramref name="catalog"/>.</summary>
    public PackageMentionExtractor(PackageCatalog catalog) =>
        _patterns =
        [
            .. catalog.Entries
                .SelectMany(e => e.Aliases.Prepend(e.Name).Select(name => PackagePattern.Create(e, name)))
                .OfType<PackagePattern>(),
        ];

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = [];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;
        var matches = new List<(int Start, int End, PackagePattern Pattern)>();
        foreach (var pattern in _patterns)
        {
            for (var at = text.IndexOf(pattern.FirstWord, StringComparison.OrdinalIgnoreCase);
                 at >= 0;
                 at = text.IndexOf(pattern.FirstWord, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = pattern.MatchAt(text, at);
                if (end > at)
                {
                    matches.Add((at, end, pattern));
                }
            }
        }

        foreach (var (start, end, pattern) in LongestWithoutOverlap(matches))
        {
            var mention = new PackageMention(pattern.Entry.Name, pattern.Entry.Id, text[start..end])
            {
                Evidence = source.EvidenceAt(start),
            };
            facts.Add(new LocatedFact(start, mention));
        }
    }

    // Left to right; where two matches overlap, the longer one wins (the earlier one on a tie).
    private static List<(int Start, int End, PackagePattern Pattern)> LongestWithoutOverlap(
        List<(int Start, int End, PackagePattern Pattern)> matches)
    {
        var kept = new List<(int Start, int End, PackagePattern Pattern)>();
        foreach (var match in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (kept.Count == 0 || match.Start >= kept[^1].End)
            {
                kept.Add(match);
            }
            else if (match.End - match.Start > kept[^1].End - kept[^1].Start)
            {
                kept[^1] = match;
            }
        }

        return kept;
    }
}
