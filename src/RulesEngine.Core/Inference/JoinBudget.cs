namespace RulesEngine.Core.Inference;

/// <summary>Counts, per diagnosis, the pairs NRules tries when it joins a fact to a rule's earlier facts without a key
/// (a cartesian product), and stops the diagnosis past <see cref="MaxCombinations"/> or when its token is cancelled.
/// NRules joins while facts are inserted, in one call that nothing else can interrupt: this check is a join condition
/// of each such pattern, so it runs inside that call.</summary>
/// <remarks>Thread-static: a session runs on its caller's thread, and each diagnosis has its own session.</remarks>
internal static class JoinBudget
{
    /// <summary>Pairs tried in unkeyed joins per diagnosis: a thousand times what the shipped rules need on a 50 MB log.</summary>
    public const long MaxCombinations = 5_000_000;

    [ThreadStatic]
    private static State? _current;

    /// <summary>Starts counting for the diagnosis on this thread; disposing stops it.</summary>
    public static IDisposable Start(CancellationToken token) => _current = new State(token);

    /// <summary>The join condition: true, or a stop.</summary>
    /// <exception cref="JoinBudgetExceededException">Too many pairs were tried.</exception>
    /// <exception cref="OperationCanceledException">The diagnosis's token was cancelled.</exception>
    public static bool Allow()
    {
        if (_current is not { } state)
        {
            return true; // a session outside a diagnosis (rule tests of the translator)
        }

        if (++state.Tried > MaxCombinations)
        {
            throw new JoinBudgetExceededException(MaxCombinations);
        }

        if ((state.Tried & 0x3FF) == 0)
        {
            state.Token.ThrowIfCancellationRequested();
        }

        return true;
    }

    private sealed class State(CancellationToken token) : IDisposable
    {
        public CancellationToken Token { get; } = token;

        public long Tried { get; set; }

        public void Dispose()
        {
            if (ReferenceEquals(_current, this))
            {
                _current = null;
            }
        }
    }
}
