using System.ComponentModel;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A fact a rule firing matched, by the binding name the rule gave it.</summary>
public sealed record ReportMatchedFact(
    [property: Description("The rule's name for the fact, e.g. e for an http-error.")] string Binding,
    [property: Description("The fact kind.")] string Kind,
    [property: Description("Where the fact was read.")] ReportEvidence Evidence);
