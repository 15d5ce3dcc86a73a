namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>One event of a JSON log as the view holds it: its message (and stack trace lines) as a range of the view,
/// and the fields the event's own members gave.</summary>
/// <param name="Start">0-based view offset of the message's first character; the event's evidence.</param>
/// <param name="End">0-based view offset just past the event's text.</param>
/// <param name="Time">The event's time in UTC, from its time member, if it has a readable one.</param>
/// <param name="Level">The level or severity, upper case, if the event has one.</param>
/// <param name="Logger">The logger or category, if the event names one.</param>
/// <param name="Thread">The thread, if the event names one.</param>
internal sealed record JsonLogEvent(int Start, int End, DateTimeOffset? Time, string? Level, string? Logger, string? Thread);
