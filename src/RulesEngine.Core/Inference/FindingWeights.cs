using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>Lowers the confidence of findings whose evidence the ticket itself weakens: evidence only in quoted mail
/// history (an older message), and a newest message saying the error is gone. A finding keeps its status: the customer
/// is asked, not overruled.</summary>
internal static class FindingWeights
{
    /// <summary>Asked first when the newest message says the error is gone.</summary>
    public const string StillOccurringQuestion =
        "Is the error still occurring? The newest message says it is resolved: if it is, nothing needs to be done; if it comes back, please send the error as it shows then.";

    /// <summary>The findings of <paramref name="findings"/>, each weighed against <paramref name="facts"/>.</summary>
    public static List<Finding> Apply(IEnumerable<Finding> findings, IReadOnlyList<Fact> facts)
    {
        var resolved = facts.OfType<ResolvedMention>().Where(m => !m.Quoted).ToList();
        return [.. findings.Select(f => Weigh(f, resolved))];
    }

    private static Finding Weigh(Finding finding, List<ResolvedMention> resolved)
    {
        var adjustments = new List<ConfidenceAdjustment>();
        var evidence = finding.Facts.SelectMany(m => Sources(m.Fact)).ToList();
        if (evidence.Count > 0 && evidence.TrueForAll(f => f.Quoted))
        {
            adjustments.Add(ConfidenceAdjustment.QuotedHistory);
        }

        // "The 401 is gone" speaks of a finding resting on a 401 ("the 500 from the mapping is fixed" not of a 401's);
        // "it works again" of whatever failed.
        var statuses = evidence.OfType<HttpError>().Select(e => e.Status).ToHashSet();
        if (resolved.Exists(m => m.Status is not { } status || statuses.Contains(status)))
        {
            adjustments.Add(ConfidenceAdjustment.ReportedResolved);
        }

        if (adjustments.Count == 0)
        {
            return finding;
        }

        return finding with
        {
            Confidence = Math.Round(adjustments.Aggregate(finding.Confidence, (c, a) => c * a.Factor), 4),
            Adjustments = [.. adjustments],
        };
    }

    // An inferred fact rests on the facts it was inferred from.
    private static IEnumerable<Fact> Sources(Fact fact) => fact is InferredFact inferred
        ? inferred.Values.Values.OfType<Fact>().SelectMany(Sources).DefaultIfEmpty(fact)
        : [fact];
}
