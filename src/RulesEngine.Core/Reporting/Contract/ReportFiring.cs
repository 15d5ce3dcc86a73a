using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>One rule firing, in firing order.</summary>
public sealed record ReportFiring(
    [property: Description("The rule id.")] string Rule,
    [property: Description("The compiled variant of the rule that fired (a rule with alternatives has several).")] string Variant,
    [property: Description("What the firing concluded, in words.")] string Concludes,
    [property: Description("The facts it matched.")] IReadOnlyList<ReportMatchedFact> Matched);
