using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>Where a fact was read.</summary>
public sealed record ReportEvidence(
    [property: Description("The input's name, as the request gave it.")] string Input,
    [property: Description("1-based line of the match in the input.")] int Line,
    [property: Description("1-based column of the match in the line.")] int Column,
    [property: Description("A short excerpt of the line, secrets redacted.")] string Text);
