using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A finding hidden because a stronger look-alike cause explains the same evidence.</summary>
public sealed record ReportYielded(
    [property: Description("The hidden finding's article id.")] string Article,
    [property: Description("The rule that concluded it.")] string Rule,
    [property: Description("confirmed or suspected.")] FindingStatusName Status,
    [property: Description("The article id of the finding it yielded to.")] string To);
