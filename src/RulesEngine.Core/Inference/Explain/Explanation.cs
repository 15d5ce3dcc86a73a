namespace RulesEngine.Core.Inference.Explain;

/// <summary>Why a diagnosis came out as it did: the diagnosis, and every rule's trace in knowledge-base order.</summary>
public sealed record Explanation(Diagnosis Diagnosis, IReadOnlyList<RuleTrace> Rules)
{
    /// <summary>The rules that nearly matched: some conditions held but the rule did not fire, or it is only suspected.</summary>
    public IEnumerable<RuleTrace> NearMisses => Rules.Where(r => r.Outcome is RuleOutcome.NearMiss
        || (r.Outcome == RuleOutcome.Suspected && r.Rule.Confirm.Count > 0));
}
