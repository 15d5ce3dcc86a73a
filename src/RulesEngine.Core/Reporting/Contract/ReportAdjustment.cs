using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>Why a finding's confidence is lower than its rule's.</summary>
public sealed record ReportAdjustment(
    [property: Description("A stable reason key, e.g. quoted-only.")] string Reason,
    [property: Description("The factor the confidence was multiplied by (0..1).")] double Factor,
    [property: Description("The reason in words.")] string Note);
