namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>The member names that log exporters give an event's parts, as paths relative to the event object:
/// Splunk (<c>_raw</c>, <c>_time</c>), Google Cloud Logging (<c>textPayload</c>, <c>jsonPayload.message</c>,
/// <c>severity</c>, <c>timestamp</c>), Elastic/Kibana (<c>_source</c> holding <c>message</c>, <c>@timestamp</c>,
/// <c>log.level</c>, <c>log.logger</c>), SAP BTP and Kyma (<c>msg</c>, <c>level</c>, <c>logger</c>, <c>written_at</c>,
/// <c>stacktrace</c>), and the plain <c>timestamp</c>/<c>level</c>/<c>logger</c>/<c>message</c> of JSON layouts.</summary>
/// <remarks>Each list is in order of preference. Names compare ignoring case.</remarks>
internal static class JsonLogFields
{
    /// <summary>The message members; <c>_raw</c> and <c>textPayload</c> make an event by themselves.</summary>
    public static readonly string[] Messages = ["message", "msg", "jsonPayload.message", "jsonPayload.msg", "textPayload", "_raw", "log", "@message"];

    /// <summary>The time members.</summary>
    public static readonly string[] Times = ["timestamp", "@timestamp", "time", "_time", "written_at", "ts", "datetime", "date", "eventTime", "jsonPayload.timestamp", "receiveTimestamp"];

    /// <summary>The level members.</summary>
    public static readonly string[] Levels = ["level", "severity", "log.level", "loglevel", "log_level", "levelname", "lvl", "jsonPayload.level", "jsonPayload.severity"];

    /// <summary>The logger members.</summary>
    public static readonly string[] Loggers = ["logger", "logger_name", "loggerName", "log.logger", "category", "jsonPayload.logger"];

    /// <summary>The thread members.</summary>
    public static readonly string[] Threads = ["thread", "thread_name", "threadName", "process.thread.name", "jsonPayload.thread"];

    /// <summary>Members whose text goes on the message's following lines: stack traces (a string or an array of lines).</summary>
    public static readonly string[] Continuations = ["stacktrace", "stack_trace", "error.stack_trace", "exception", "jsonPayload.stack_trace"];

    /// <summary>Every name above: only these members are kept while an object is read.</summary>
    public static readonly HashSet<string> Known = new(
        Messages.Concat(Times).Concat(Levels).Concat(Loggers).Concat(Threads).Concat(Continuations), StringComparer.OrdinalIgnoreCase);

    /// <summary>The deepest path above has this many names.</summary>
    public const int MaxPathDepth = 3;

    /// <summary>True for a message member that makes an event without a time or level beside it (an exporter's raw line).</summary>
    public static bool IsRawLine(string name) =>
        name.Equals("_raw", StringComparison.OrdinalIgnoreCase) || name.Equals("textPayload", StringComparison.OrdinalIgnoreCase);
}
