namespace RulesEngine.Cli;

/// <summary>The documented exit codes of <c>triage</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Ran (with or without findings).</summary>
    public const int Ok = 0;

    /// <summary>Rule tests failed, or coverage is below --min-coverage.</summary>
    public const int TestsFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The knowledge base has errors.</summary>
    public const int KnowledgeBaseInvalid = 3;

    /// <summary>An input could not be read (missing, unreadable, over the size limit).</summary>
    public const int InputUnreadable = 4;

    /// <summary>The diagnosis ran past its time budget (--timeout) and was stopped.</summary>
    public const int TimedOut = 5;

    /// <summary>The bundle was refused: unsigned, tampered, signed by an untrusted key, expired, older than the one
    /// running, made for a newer engine, or its knowledge base fails validation or its own rule tests.</summary>
    public const int BundleRefused = 6;

    /// <summary>Interrupted (Ctrl+C): the diagnosis was cancelled.</summary>
    public const int Cancelled = 130;

    /// <summary>Terminated (SIGTERM) during a batch: the lines in flight were written, then the batch stopped.</summary>
    public const int Terminated = 143;

    /// <summary>A bug: please report it.</summary>
    public const int InternalError = 70;
}
