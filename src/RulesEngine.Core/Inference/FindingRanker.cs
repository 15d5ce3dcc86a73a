namespace RulesEngine.Core.Inference;

/// <summary>Orders findings best first, one per article: the strongest status wins, and the matches that reached it are
/// merged into one finding with bounded evidence (at most <see cref="Finding.MaxFactsPerBinding"/> facts per binding, the
/// rest counted), so a finding does not grow with the number of combinations that match it. Then look-alikes are
/// resolved: a finding that yields to another article found with a stronger status is hidden (or, when the two exclude
/// each other, to a confirmed one at any status); at the same status both are shown, the look-alike first, with the
/// question that separates them.</summary>
internal static class FindingRanker
{
    /// <summary>Ranks without look-alikes.</summary>
    public static IReadOnlyList<Finding> Rank(IEnumerable<Finding> findings) => Rank(findings, _ => []).Shown;

    /// <param name="yieldsTo">The look-alikes the finding of a rule (by rule id) yields to.</param>
    public static RankedFindings Rank(IEnumerable<Finding> findings, Func<string, IReadOnlyList<Rules.Model.YieldEntry>> yieldsTo)
    {
        var best = findings
            .GroupBy(f => (f.Article, f.RuleId, f.Status))
            .Select(Merge)
            .GroupBy(f => f.Article)
            .Select(g => g.OrderByDescending(Strength).ThenBy(f => f.RuleId, StringComparer.Ordinal).First())
            .OrderByDescending(Strength)
            .ThenBy(f => f.Article, StringComparer.Ordinal)
            .ToList();
        var byArticle = best.ToDictionary(f => f.Article, StringComparer.Ordinal);
        var yielded = new List<YieldedFinding>();
        var separating = new List<string>();
        var after = new Dictionary<Finding, Finding>();
        foreach (var finding in best)
        {
            foreach (var entry in yieldsTo(finding.RuleId))
            {
                if (!byArticle.TryGetValue(entry.Article.Value, out var lookAlike))
                {
                    continue;
                }

                if (lookAlike.Status > finding.Status || (entry.Exclusive && lookAlike.Status == FindingStatus.Confirmed))
                {
                    yielded.Add(new YieldedFinding(finding, lookAlike.Article));
                    break;
                }

                if (lookAlike.Status < finding.Status)
                {
                    continue;
                }

                after.TryAdd(finding, lookAlike);
                if (entry.Ask is { } ask)
                {
                    separating.Add(ask);
                }
            }
        }

        var shown = best.Where(f => !yielded.Exists(y => y.Finding == f)).ToList();
        foreach (var (finding, lookAlike) in after)
        {
            // Twins that yield to each other keep the order of their strength.
            if (after.TryGetValue(lookAlike, out var back) && back == finding)
            {
                continue;
            }

            // Same status: the look-alike (the more specific cause) goes first, the finding right after it.
            if (shown.IndexOf(finding) is var at and >= 0 && shown.IndexOf(lookAlike) is var other && other > at)
            {
                shown.RemoveAt(at);
                shown.Insert(other, finding);
            }
        }

        return new RankedFindings(shown, yielded, [.. separating.Distinct(StringComparer.Ordinal)]);
    }

    private static Finding Merge(IEnumerable<Finding> matches)
    {
        var all = matches.ToList();
        if (all.Count == 1)
        {
            return all[0];
        }

        var perBinding = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<MatchedFact>();
        var seen = new HashSet<MatchedFact>();
        var omitted = new HashSet<MatchedFact>();
        foreach (var fact in all.SelectMany(f => f.Facts))
        {
            if (seen.Contains(fact))
            {
                continue;
            }

            var count = perBinding.GetValueOrDefault(fact.Binding);
            if (count < Finding.MaxFactsPerBinding)
            {
                perBinding[fact.Binding] = count + 1;
                seen.Add(fact);
                kept.Add(fact);
            }
            else
            {
                omitted.Add(fact);
            }
        }

        return all[0] with
        {
            Confidence = all.Max(f => f.Confidence),
            Questions = [.. all.SelectMany(f => f.Questions).Distinct()],
            Facts = kept,
            Matches = all.Sum(f => f.Matches),
            OmittedFacts = omitted.Count + all.Sum(f => f.OmittedFacts),
        };
    }

    // Confirmed beats suspected; then confidence; then how many conditions the evidence satisfies (specificity), which
    // does not grow with the number of repeats or combinations.
    private static (int Status, double Confidence, int Bindings) Strength(Finding finding) =>
        (finding.Status == FindingStatus.Confirmed ? 1 : 0, finding.Confidence, finding.Bindings);
}
