namespace RulesEngine.Core.Facts;

/// <summary>A Java exception named in a log or error text, e.g. <c>org.apache.cxf.transport.http.HTTPException: HTTP response …</c>.</summary>
/// <param name="Class">The fully qualified class name.</param>
/// <param name="Name">The simple class name (<c>HTTPException</c>).</param>
/// <param name="Message">The message after the colon, if any (redacted).</param>
internal sealed record ExceptionMention(string Class, string Name, string? Message) : Fact;
