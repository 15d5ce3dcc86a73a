using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction.Certificates;
using RulesEngine.Core.Extraction.Http;
using RulesEngine.Core.Extraction.Logs;
using RulesEngine.Core.Extraction.Packages;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>Turns a ticket's inputs into facts (HTTP errors, package mentions, log entries, certificates), each with redacted evidence.</summary>
/// <remarks>Immutable and thread-safe once built. Evidence lines and columns are 1-based; columns count UTF-16 characters.</remarks>
public sealed class FactExtractor
{
    private readonly ITextExtractor[] _extractors;

    /// <summary>Creates an extractor that recognises the packages of <paramref name="catalog"/>.</summary>
    public FactExtractor(PackageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _extractors =
        [
            new HttpErrorExtractor(),
            new PackageMentionExtractor(catalog),
            new LogEntryExtractor(),
            new CertificateExtractor(),
        ];
    }

    /// <summary>Extracts the facts of all inputs, in input order and then by position, without duplicates; never throws on bad text.</summary>
    public IReadOnlyList<Fact> Extract(IReadOnlyList<TicketInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var seen = new HashSet<Fact>();
        var result = new List<Fact>();
        foreach (var input in inputs)
        {
            if (string.IsNullOrEmpty(input.Content) || BinaryText.IsBinary(input.Content))
            {
                continue;
            }

            foreach (var fact in ExtractOne(new SourceText(input.Name, input.Content)))
            {
                if (seen.Add(fact))
                {
                    result.Add(fact);
                }
            }
        }

        return result;
    }

    private IEnumerable<Fact> ExtractOne(SourceText source)
    {
        var found = new List<LocatedFact>();
        foreach (var extractor in _extractors)
        {
            extractor.Extract(source, found);
        }

        // OrderBy is stable: facts at the same offset keep the extractors' order.
        return found.OrderBy(f => f.Offset).Select(f => f.Fact);
    }
}
