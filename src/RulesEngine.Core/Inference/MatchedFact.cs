using NRules.RuleModel;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>A fact a rule matched, under the binding name the rule gave it (or <c>_N</c> when it gave none).</summary>
public sealed record MatchedFact(string Binding, Fact Fact)
{
    /// <summary>True when the rule author named the binding (<c>as: name</c>).</summary>
    public bool IsNamed => !Binding.StartsWith('_');

    /// <summary>The facts of an NRules match, by declaration name (non-fact values are skipped).</summary>
    public static List<MatchedFact> From(IEnumerable<IFactMatch> matches) =>
    [
        .. matches
            .Select(f => (f.Declaration.Name, Fact: f.Value as Fact))
            .Where(f => f.Fact is not null)
            .Select(f => new MatchedFact(f.Name, f.Fact!)),
    ];
}
