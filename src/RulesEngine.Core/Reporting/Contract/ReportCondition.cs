using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>One top-level condition of a rule, and whether it held for this ticket.</summary>
public sealed record ReportCondition(
    [property: Description("when or confirm.")] string Section,
    [property: Description("The condition as written.")] string Text,
    [property: Description("Whether it held.")] bool Held,
    [property: Description("1-based line of the condition in the rule file.")] int Line,
    [property: Description("1-based column.")] int Column,
    [property: Description("The evidence of the facts that made it hold.")] IReadOnlyList<ReportEvidence> Evidence,
    [property: Description("What to ask the customer to settle it; empty when it held.")] IReadOnlyList<string> Ask);
