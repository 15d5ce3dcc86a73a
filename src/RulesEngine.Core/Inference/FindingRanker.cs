namespace RulesEngine.Core.Inference;

/// <summary>Orders findings best first and keeps one per article and rule: the strongest.</summary>
internal static class FindingRanker
{
    public static IReadOnlyList<Finding> Rank(IEnumerable<Finding> findings) =>
    [
        .. findings
            .GroupBy(f => (f.Article, f.RuleId))
            .Select(g => g.OrderByDescending(Strength).First())
            .GroupBy(f => f.Article)
            .Select(g => g.OrderByDescending(Strength).ThenBy(f => f.RuleId, StringComparer.Ordinal).First())
            .OrderByDescending(Strength)
            .ThenBy(f => f.Article, StringComparer.Ordinal),
    ];

    // Confirmed beats suspected; then confidence; then the number of facts the evidence rests on (specificity).
    private static (int Status, double Confidence, int Facts) Strength(Finding finding) =>
        (finding.Status == FindingStatus.Confirmed ? 1 : 0, finding.Confidence, finding.Facts.Count);
}
