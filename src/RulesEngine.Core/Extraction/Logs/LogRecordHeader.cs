namespace RulesEngine.Core.Extraction.Logs;

/// <summary>The parsed first line of a log record; the message is given as a range of the input.</summary>
/// <param name="Time">The time stamp in UTC, or null when it is out of range.</param>
/// <param name="Level">The level, upper case.</param>
/// <param name="Logger">The logger or category, if the line names one.</param>
/// <param name="Thread">The thread, if the line names one.</param>
/// <param name="MessageStart">0-based offset of the message on the first line.</param>
/// <param name="MessageEnd">0-based offset just past the message on the first line.</param>
/// <param name="Unterminated">True for a '#'-separated record whose message goes on after the first line (no closing '#').</param>
internal sealed record LogRecordHeader(
    DateTimeOffset? Time,
    string Level,
    string? Logger,
    string? Thread,
    int MessageStart,
    int MessageEnd,
    bool Unterminated);
