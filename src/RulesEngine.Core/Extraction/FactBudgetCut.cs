using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>What a ticket had beyond a budget: facts of one kind beyond the fact budget, or occurrences of one keyword
/// beyond the hit budget (<see cref="KeywordHitKind"/>). The diagnosis is partial, and says so.</summary>
/// <param name="Kind">The fact kind's YAML name, or <see cref="KeywordHitKind"/>.</param>
/// <param name="Kept">How many distinct facts of the kind the rules saw (the budget), or how many hits were read.</param>
/// <param name="Dropped">How many more distinct facts were not given to the rules, or hits not read.</param>
/// <param name="FirstDropped">Where the first of them was.</param>
/// <param name="Keyword">The keyword whose hits were cut, for a <see cref="KeywordHitKind"/> cut.</param>
public sealed record FactBudgetCut(string Kind, int Kept, int Dropped, Evidence FirstDropped, string? Keyword = null)
{
    /// <summary>The <see cref="Kind"/> of a cut of keyword hits.</summary>
    public const string KeywordHitKind = "keyword-hit";

    /// <summary>One sentence for reports: what was cut, from where, and what to do.</summary>
    public string Message => Keyword is null
        ? $"{Position}: {Dropped:N0} more distinct {Kind} facts than the budget of {Kept:N0} were not considered, from this " +
          "position on; send an excerpt around the failure, or raise the budget"
        : $"{Position}: {Dropped:N0} more occurrences of '{Keyword}' than its budget ({Keywords.HitBudget.PerLine:N0} on one line, " +
          $"{Keywords.HitBudget.PerInput:N0} in one input) were not read, from this position on; {Kept:N0} were; send an excerpt around the failure";

    private string Position => $"{FirstDropped.Input}({FirstDropped.Line},{FirstDropped.Column})";
}
