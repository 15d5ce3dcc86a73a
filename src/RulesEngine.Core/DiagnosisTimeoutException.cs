namespace RulesEngine.Core;

/// <summary>A diagnosis ran past its time budget (<see cref="DiagnoseOptions.Timeout"/>) and was stopped. The message
/// names the budget and what to do; it never quotes the ticket.</summary>
public sealed class DiagnosisTimeoutException : TimeoutException
{
    public DiagnosisTimeoutException(TimeSpan budget)
        : base($"the diagnosis was stopped after its time budget of {budget.TotalSeconds:0.###} s: send an excerpt around the failure time, or raise the budget")
    {
        Budget = budget;
    }

    public DiagnosisTimeoutException()
    {
    }

    public DiagnosisTimeoutException(string message)
        : base(message)
    {
    }

    public DiagnosisTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The time budget that was exceeded.</summary>
    public TimeSpan Budget { get; }
}
