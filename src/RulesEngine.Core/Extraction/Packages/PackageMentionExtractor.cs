using RulesEngine.Core.Catalog;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Packages;

/// <summary>Finds catalog packages named in text: by name or alias as people type them, by Business Accelerator Hub URL
/// (<c>https://api.sap.com/package/&lt;id&gt;/integrationflow</c>), or by bare id; the longest wins where mentions overlap.</summary>
/// <remarks>Keywords: each name's most distinctive word, the hub path and every id. A name is matched only near a hit of
/// its distinctive word, so the cost does not grow with the size of the catalog.</remarks>
internal sealed partial class PackageMentionExtractor : ITextExtractor
{
    private const string HubPath = "api.sap.com/package/";

    private readonly PackageCatalog _catalog;

    // Per keyword: the patterns whose distinctive word it is, or the entry whose id it is; the hub path has neither.
    private readonly PackagePattern[][] _patternsOf;
    private readonly PackageEntry?[] _entryOf;

    /// <summary>Builds the patterns and keywords of every name, alias and id in <paramref name="catalog"/>.</summary>
    public PackageMentionExtractor(PackageCatalog catalog)
    {
        _catalog = catalog;
        PackagePattern[] patterns =
        [
            .. catalog.Entries
                .SelectMany(e => e.Aliases.Prepend(e.Name).Select(name => PackagePattern.Create(e, name)))
                .OfType<PackagePattern>(),
        ];
        var groups = patterns.GroupBy(p => DistinctiveWord(p, patterns), StringComparer.OrdinalIgnoreCase).ToList();
        Keywords = [.. groups.Select(g => g.Key), HubPath, .. catalog.Entries.Select(e => e.Id)];
        _patternsOf = [.. groups.Select(g => g.ToArray()), [], .. catalog.Entries.Select(_ => Array.Empty<PackagePattern>())];
        _entryOf = [.. groups.Select(_ => (PackageEntry?)null), null, .. catalog.Entries];
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; }

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;
        var matches = new List<(int Start, int End, PackageEntry Entry)>();
        foreach (var hit in input.Hits)
        {
            if (_entryOf[hit.Keyword] is { } entry)
            {
                AddIdAt(text, hit.Offset, hit.End, entry, matches);
                continue;
            }

            if (_patternsOf[hit.Keyword].Length == 0)
            {
                AddHubUrlAt(text, hit.Offset, hit.End, matches);
                continue;
            }

            foreach (var pattern in _patternsOf[hit.Keyword])
            {
                AddNameAround(text, hit.Offset, Keywords[hit.Keyword], pattern, matches);
            }
        }

        foreach (var (start, end, entry) in LongestWithoutOverlap(matches))
        {
            var mention = new PackageMention(entry.Name, entry.Id, text[start..end]) { Evidence = source.EvidenceAt(start) };
            facts.Add(new LocatedFact(start, mention));
        }
    }

    // Matches of the pattern that start shortly before this occurrence of its distinctive word.
    private static void AddNameAround(string text, int offset, string word, PackagePattern pattern, List<(int, int, PackageEntry)> matches)
    {
        var from = Math.Max(0, offset - pattern.MaxLead(word));
        var count = Math.Min(text.Length, offset + pattern.FirstWord.Length) - from;
        for (var at = text.IndexOf(pattern.FirstWord, from, count, StringComparison.OrdinalIgnoreCase);
             at >= 0;
             at = at + 1 < from + count ? text.IndexOf(pattern.FirstWord, at + 1, from + count - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var end = pattern.MatchAt(text, at);
            if (end > offset)
            {
                matches.Add((at, end, pattern.Entry));
            }
        }
    }

    // The word of the pattern that the fewest patterns share, preferring words of three letters or more, then longer ones.
    private static string DistinctiveWord(PackagePattern pattern, PackagePattern[] all) =>
        pattern.Words
            .OrderByDescending(w => w.Length >= 3)
            .ThenBy(w => all.Count(p => p.Words.Contains(w, StringComparer.OrdinalIgnoreCase)))
            .ThenByDescending(w => w.Length)
            .First();

    // Left to right; where two matches overlap, the longer one wins (the earlier one on a tie).
    private static List<(int Start, int End, PackageEntry Entry)> LongestWithoutOverlap(List<(int Start, int End, PackageEntry Entry)> matches)
    {
        var kept = new List<(int Start, int End, PackageEntry Entry)>();
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
