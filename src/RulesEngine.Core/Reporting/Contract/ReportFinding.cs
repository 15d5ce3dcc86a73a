using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A known cause the ticket shows, with how sure and the evidence.</summary>
public sealed record ReportFinding(
    [property: Description("The knowledge-base article id of the cause, e.g. an SAP KBA number.")] string Article,
    [property: Description("The article's title.")] string Title,
    [property: Description("confirmed (the rule's confirming condition held) or suspected (ask a question to be sure).")] FindingStatusName Status,
    [property: Description("0..1: how sure the finding is.")] double Confidence,
    [property: Description("The id of the rule that concluded it.")] string Rule,
    [property: Description("The rule family whose fallback this finding is (no own rule fits fully), or null.")] string? Family,
    [property: Description("Why the confidence is lower than the rule's; empty when it is the rule's.")] IReadOnlyList<ReportAdjustment> Adjustments,
    [property: Description("How many combinations of facts reached this finding.")] int Matches,
    [property: Description("The evidence lines, strongest first (at most 12).")] IReadOnlyList<ReportEvidence> Evidence,
    [property: JsonPropertyName("more_evidence"), Description("How many evidence lines are not listed.")] int MoreEvidence,
    [property: Description("What to ask the customer while it is suspected; empty when confirmed.")] IReadOnlyList<string> Questions,
    [property: Description("The article's resolution rendered for this ticket (Markdown), or null for a family fallback.")] string? Resolution,
    [property: Description("The step to start with: the one the article's template says this ticket has reached, else its first step; null without a resolution or when the article lists no steps.")] ReportStep? Step,
    [property: Description("Problems rendering the resolution (compiler-style lines); empty normally.")] IReadOnlyList<string> Errors);
