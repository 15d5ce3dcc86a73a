using NRules.RuleModel;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>A fact a rule matched, under the binding name the rule gave it (or <c>_N</c> when it gave none).</summary>
public sealed record MatchedFact(string Binding, Fact Fact)
{
    /// <summary>True when the rule author named the binding (<c>as: name</c>).</summary>
    public bool IsNamed => !Binding.StartsWith('_');

    /// <summary>The facts of an NRules match, by declaration name; a collected pattern gives each of its facts under its
    /// name, in the order they were inserted (non-fact values are skipped).</summary>
    public static List<MatchedFact> From(IEnumerable<IFactMatch> matches) =>
    [
        .. matches.SelectMany(m => m.Value switch
        {
            Fact fact => [new MatchedFact(m.Declaration.Name, fact)],
            IEnumerable<Fact> collected => collected.Select(f => new MatchedFact(m.Declaration.Name, f)),
            _ => [],
        }),
    ];

    /// <summary>At most <paramref name="perBinding"/> facts of each binding, in order; <paramref name="omitted"/> counts
    /// the rest, <paramref name="combinations"/> how many combinations of one fact per binding the match stands for.</summary>
    public static List<MatchedFact> Bounded(IReadOnlyList<MatchedFact> matched, int perBinding, out int omitted, out int combinations)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<MatchedFact>(Math.Min(matched.Count, 64));
        foreach (var fact in matched)
        {
            var count = counts.GetValueOrDefault(fact.Binding) + 1;
            counts[fact.Binding] = count;
            if (count <= perBinding)
            {
                kept.Add(fact);
            }
        }

        omitted = matched.Count - kept.Count;
        combinations = (int)Math.Min(int.MaxValue, counts.Values.Aggregate(1L, (product, n) => Math.Min(int.MaxValue, product * n)));
        return kept;
    }
}
