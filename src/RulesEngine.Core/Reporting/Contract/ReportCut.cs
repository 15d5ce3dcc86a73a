using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A kind of fact the extraction stopped recording at its budget: the report is then partial.</summary>
public sealed record ReportCut(
    [property: Description("The fact kind that was cut.")] string Kind,
    [property: Description("The keyword whose matches were cut, or null for the whole kind.")] string? Keyword,
    [property: Description("How many facts of the kind were kept.")] int Kept,
    [property: Description("How many were dropped.")] int Dropped,
    [property: JsonPropertyName("first_dropped"), Description("Where the first dropped fact was.")] ReportEvidence FirstDropped,
    [property: Description("The cut in one sentence.")] string Message);
