namespace RulesEngine.Core.Inference;

/// <summary>Orders findings best first, one per article: the strongest status wins, and the matches that reached it are
/// merged into one finding with bounded evidence (at most <see cref="Finding.MaxFactsPerBinding"/> facts per binding, the
/// rest counted), so a finding does not grow with the number of combinations that match it.</summary>
internal static class FindingRanker
{
    public static IReadOnlyList<Finding> Rank(IEnumerable<Finding> findings) =>
    [
        .. findings
            .GroupBy(f => (f.Article, f.RuleId, f.Status))
            .Select(Merge)
            .GroupBy(f => f.Article)
            .Select(g => g.OrderByDescending(Strength).ThenBy(f => f.RuleId, StringComparer.Ordinal).First())
            .OrderByDescending(Strength)
            .ThenBy(f => f.Article, StringComparer.Ordinal),
    ];

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
            Questions = [.. all.SelectMany(f => f.Questions).Distinct(StringComparer.Ordinal)],
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
