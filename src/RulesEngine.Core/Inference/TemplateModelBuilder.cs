using RulesEngine.Core.Catalog;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Inference;

/// <summary>Builds the model an article template renders with. Names (snake_case):
/// <c>article</c> (front matter), <c>finding</c> (status, confidence, questions, evidence), <c>bound</c> (the facts
/// the rule named with <c>as:</c>), <c>facts</c> (every fact of the ticket by kind; every kind present, maybe empty),
/// <c>packages</c> (catalog entries of the packages the ticket names, with <c>alternatives</c>), <c>catalog</c>, <c>now</c>.</summary>
internal sealed class TemplateModelBuilder(FactModel facts, PackageCatalog catalog, IReadOnlyList<Fact> allFacts, DateTimeOffset now)
{
    private readonly IReadOnlyDictionary<string, object?> _factsByKind = FactsByKind(facts, allFacts);
    private readonly IReadOnlyList<object?> _packages = MentionedPackages(catalog, allFacts);
    private readonly IReadOnlyDictionary<string, object?> _catalog = new Dictionary<string, object?>
    {
        ["packages"] = catalog.Entries.Select(e => (object?)PackageModel(catalog, e, withAlternatives: true)).ToList(),
    };

    public IReadOnlyDictionary<string, object?> Build(Finding finding, Article article) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["article"] = ArticleModel(article),
        ["finding"] = FindingModel(finding),
        ["bound"] = Bound(finding),
        ["facts"] = _factsByKind,
        ["packages"] = _packages,
        ["catalog"] = _catalog,
        ["now"] = now,
    };

    // A merged finding can hold several facts per binding (two mentions of the package): the first one is bound.
    private Dictionary<string, object?> Bound(Finding finding) =>
        finding.Facts.Where(f => f.IsNamed)
            .GroupBy(f => f.Binding, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (object?)facts.ToDictionary(g.First().Fact), StringComparer.Ordinal);

    private static Dictionary<string, object?> ArticleModel(Article article) => new(StringComparer.Ordinal)
    {
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["product"] = article.Product,
        ["component"] = article.Component,
        ["source"] = article.Source,
        ["keywords"] = article.Keywords.Cast<object?>().ToList(),
        ["see_also"] = article.SeeAlso.Select(l => (object?)new Dictionary<string, object?> { ["title"] = l.Title, ["url"] = l.Url }).ToList(),
    };

    private static Dictionary<string, object?> FindingModel(Finding finding) => new(StringComparer.Ordinal)
    {
        ["article"] = finding.Article,
        ["rule"] = finding.RuleId,
        ["status"] = finding.Status == FindingStatus.Confirmed ? "confirmed" : "suspected",
        ["confirmed"] = finding.Status == FindingStatus.Confirmed,
        ["confidence"] = finding.Confidence,
        ["questions"] = finding.Questions.Select(q => (object?)q.Text).ToList(),
        ["evidence"] = finding.Evidence.Select(e => (object?)FactModel.EvidenceModel(e)).ToList(),
    };

    private static Dictionary<string, object?> FactsByKind(FactModel model, IReadOnlyList<Fact> all)
    {
        var result = model.Kinds.ToDictionary(k => k.TemplateName, _ => (object?)new List<object?>(), StringComparer.Ordinal);
        foreach (var fact in all)
        {
            var name = model.KindOf(fact).TemplateName;
            if (!result.TryGetValue(name, out var list))
            {
                result[name] = list = new List<object?>();
            }

            ((List<object?>)list!).Add(model.ToDictionary(fact));
        }

        return result;
    }

    private static List<object?> MentionedPackages(PackageCatalog catalog, IReadOnlyList<Fact> all) =>
    [
        .. all.OfType<PackageMention>()
            .Select(p => catalog.Find(p.Id))
            .OfType<PackageEntry>()
            .Distinct()
            .Select(e => (object?)PackageModel(catalog, e, withAlternatives: true)),
    ];

    private static Dictionary<string, object?> PackageModel(PackageCatalog catalog, PackageEntry entry, bool withAlternatives)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entry.Id,
            ["name"] = entry.Name,
            ["vendor"] = entry.Vendor,
            ["url"] = entry.Url,
            ["aliases"] = entry.Aliases.Cast<object?>().ToList(),
        };
        if (withAlternatives)
        {
            model["alternatives"] = catalog.AlternativesOf(entry).Select(a => (object?)PackageModel(catalog, a, withAlternatives: false)).ToList();
        }

        return model;
    }
}
