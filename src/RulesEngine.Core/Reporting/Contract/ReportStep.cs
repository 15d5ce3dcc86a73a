using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>The step of the resolution to start with, as the article marks its steps.</summary>
public sealed record ReportStep(
    [property: Description("The step's id in the article's front matter.")] string Id,
    [property: Description("Its 1-based number in the article's list of steps.")] int Number,
    [property: Description("The step in a sentence or two (Markdown).")] string Text,
    [property: JsonPropertyName("for_this_ticket"), Description("True when the article's template found that this ticket has reached this step; false for the article's first step by default.")] bool ForThisTicket);
