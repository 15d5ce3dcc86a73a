namespace RulesEngine.Core.Reporting;

/// <summary>The output formats of a diagnosis.</summary>
internal enum ReportFormat
{
    /// <summary>Plain text for a terminal.</summary>
    Text,

    /// <summary>Markdown for a ticket comment or a chat.</summary>
    Markdown,

    /// <summary>JSON, the stable contract for automation.</summary>
    Json,
}
