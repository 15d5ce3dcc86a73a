using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    // A look-alike must be an article of this knowledge base, not the rule's own, and the articles must not exclude each
    // other in a circle: confirmed together, each would hide the next and none would be shown. A circle with a plain
    // (non-exclusive) edge is fine: a finding hides behind a plain look-alike only when that one is strictly stronger,
    // so twins that yield to each other show whichever is confirmed, and both when they are equal.
    private static void CheckYields(IReadOnlyList<RuleNode> rules, IReadOnlySet<string> articleIds, DiagnosticBag bag)
    {
        var findings = rules.Select(r => r.Conclusion).OfType<FindingConclusion>().ToList();
        foreach (var finding in findings)
        {
            foreach (var entry in finding.YieldsTo)
            {
                var target = entry.Article.Value;
                if (!articleIds.Contains(target))
                {
                    bag.Error(DiagnosticCode.UnknownArticle, entry.Article.Span, $"yields-to names article '{target}', which does not exist.{Suggestions.DidYouMean(target, articleIds)}");
                }
                else if (target == finding.Article.Value)
                {
                    bag.Error(DiagnosticCode.InvalidValue, entry.Article.Span, $"article '{target}' cannot yield to itself: name the look-alike cause it is confused with");
                }
            }
        }

        var edges = findings.SelectMany(f => f.YieldsTo.Where(y => y.Exclusive).Select(y => (From: f.Article.Value, Entry: y)))
            .ToLookup(e => e.From, e => e.Entry, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            foreach (var entry in finding.YieldsTo.Where(e => e.Exclusive && e.Article.Value != finding.Article.Value))
            {
                if (YieldPath(entry.Article.Value, finding.Article.Value, edges, [finding.Article.Value]) is { } path
                    && reported.Add(string.Join(" ", path.Order(StringComparer.Ordinal))))
                {
                    bag.Error(DiagnosticCode.YieldCycle, entry.Article.Span,
                        $"exclusive yields-to cycle: {string.Join(" → ", path.Prepend(finding.Article.Value))}: confirmed together, each would hide the next and none would be shown; keep 'exclusive' on the generic cause's side only");
                }
            }
        }
    }

    /// <summary>The articles from <paramref name="from"/> along yields-to edges to <paramref name="target"/>.</summary>
    private static List<string>? YieldPath(string from, string target, ILookup<string, YieldEntry> edges, HashSet<string> visited)
    {
        if (from == target)
        {
            return [from];
        }

        if (!visited.Add(from))
        {
            return null;
        }

        foreach (var next in edges[from])
        {
            if (YieldPath(next.Article.Value, target, edges, visited) is { } rest)
            {
                return [from, .. rest];
            }
        }

        return null;
    }
}
