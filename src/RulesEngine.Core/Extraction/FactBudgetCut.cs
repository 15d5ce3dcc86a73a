using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>Facts of one kind that a ticket had beyond the fact budget: the diagnosis is partial, and says so.</summary>
/// <param name="Kind">The fact kind's YAML name.</param>
/// <param name="Kept">How many distinct facts of the kind the rules saw (the budget).</param>
/// <param name="Dropped">How many more distinct facts were not given to the rules.</param>
/// <param name="FirstDropped">Where the first of them was.</param>
public sealed record FactBudgetCut(string Kind, int Kept, int Dropped, Evidence FirstDropped)
{
    /// <summary>One sentence for reports: what was cut, from where, and what to do.</summary>
    public string Message =>
        $"{FirstDropped.Input}({FirstDropped.Line},{FirstDropped.Column}): {Dropped:N0} more distinct {Kind} facts than the budget of " +
        $"{Kept:N0} were not considered, from this position on; send an excerpt around the failure, or raise the budget";
}
