namespace RulesEngine.Core.Facts;

/// <summary>One record of a CPI system or trace log (a record may span several lines).</summary>
/// <param name="Time">When the record was written, if its line carries a time stamp.</param>
/// <param name="Level">The level as written (ERROR, WARN, INFO, DEBUG …), upper case.</param>
/// <param name="Logger">The logger or category, e.g. <c>com.sap.it.security.multicloud.authentication.UaaTokenBroker</c>.</param>
/// <param name="Thread">The thread name, if the record names one.</param>
/// <param name="Message">The message text, continuation lines included, secrets redacted.</param>
internal sealed record LogEntry(DateTimeOffset? Time, string? Level, string? Logger, string? Thread, string Message) : Fact
{
    /// <summary>When the last of its repeats was written: <see cref="Occurrences.LastTime"/>, or <see cref="Time"/> when it occurred once.</summary>
    public DateTimeOffset? LastTime => Seen.LastTime ?? Time;

    /// <summary>The message with its variable tokens masked (<see cref="MessageTemplate"/>): what its repeats share.
    /// Computed when read, so only the rules that test it pay for it.</summary>
    public string Template => MessageTemplate.Of(Message)!;
}
