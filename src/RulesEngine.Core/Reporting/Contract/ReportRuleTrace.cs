using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A rule that fired or nearly matched, with which of its conditions held.</summary>
public sealed record ReportRuleTrace(
    [property: Description("The rule id.")] string Rule,
    [property: Description("The article it concludes, or null for a rule that infers a fact.")] string? Article,
    [property: Description("confirmed, suspected, inferred or near-miss.")] string Outcome,
    [property: Description("The rule file, relative to the rules folder.")] string File,
    [property: Description("1-based line of the rule's id in the file.")] int Line,
    [property: Description("1-based column.")] int Column,
    [property: Description("Each top-level condition of when and confirm.")] IReadOnlyList<ReportCondition> Conditions);
