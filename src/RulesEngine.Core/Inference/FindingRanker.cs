namespace RulesEngine.Core.Inference;

/// <summary>Orders findings best first, one per article: the strongest status wins, and the activations that
/// reached it are merged so the finding shows all of its evidence (every matching 401, every package mention).</summary>
internal static class FindingRanker
{
    public static IReadOnlyList<Finding> Rank(IEnumerable<Finding> findings) =>
    [
        .. findings
            .GroupBy(f => (f.Article, f.RuleId, f.Status))
            .Select(g => g.Aggregate(Merge))
            .GroupBy(f => f.Article)
            .Select(g => g.OrderByDescending(Strength).ThenBy(f => f.RuleId, StringComparer.Ordinal).First())
            .OrderByDescending(Strength)
            .ThenBy(f => f.Article, StringComparer.Ordinal),
    ];

    private static Finding Merge(Finding first, Finding other) => first with
    {
        Confidence = Math.Max(first.Confidence, other.Confidence),
        Questions = [.. first.Questions.Union(other.Questions, StringComparer.Ordinal)],
        Facts = [.. first.Facts.Union(other.Facts)],
    };

    // Confirmed beats suspected; then confidence; then the number of facts the evidence rests on (specificity).
    private static (int Status, double Confidence, int Facts) Strength(Finding finding) =>
        (finding.Status == FindingStatus.Confirmed ? 1 : 0, finding.Confidence, finding.Facts.Count);
}
