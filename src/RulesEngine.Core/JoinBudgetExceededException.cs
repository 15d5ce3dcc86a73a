namespace RulesEngine.Core;

/// <summary>A rule joined more combinations of facts without a key than a diagnosis allows: the diagnosis was stopped.
/// <c>triage validate</c> warns about such rules (RE2023); the message never quotes the ticket.</summary>
public sealed class JoinBudgetExceededException : Exception
{
    public JoinBudgetExceededException(long budget)
        : base($"the diagnosis was stopped: a rule joins facts without a key (a cartesian product) and tried more than {budget:N0} " +
               "combinations; give its conditions a key (a $reference to an earlier fact), see the RE2023 warning of 'triage validate'")
    {
        Budget = budget;
    }

    public JoinBudgetExceededException()
    {
    }

    public JoinBudgetExceededException(string message)
        : base(message)
    {
    }

    public JoinBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The number of combinations allowed.</summary>
    public long Budget { get; }
}
