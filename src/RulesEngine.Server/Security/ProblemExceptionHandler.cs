using Microsoft.AspNetCore.Diagnostics;

namespace RulesEngine.Server.Security;

/// <summary>Turns every exception that reaches the pipeline into an RFC 9457 problem without a stack trace: a bad
/// request (413 body over the limit, 400 unreadable body) keeps its status, anything else is a 500. The log line
/// names the exception's type and where it was thrown, never its message, which could carry ticket text.</summary>
internal sealed partial class ProblemExceptionHandler : IExceptionHandler
{
    private readonly ILogger<ProblemExceptionHandler> _logger;

    public ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) => _logger = logger;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "The request body is too large", "send an excerpt around the failure time, or raise Triage:MaxRequestBodyBytes"),
            BadHttpRequestException bad =>
                (bad.StatusCode, "The request could not be read", "the body was incomplete or malformed"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (StatusCodes.Status504GatewayTimeout, "The request took too long", "it was cancelled (client gone or Triage:RequestTimeoutSeconds reached)"),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "please report it with the trace id"),
        };
        if (status >= StatusCodes.Status500InternalServerError && status != StatusCodes.Status504GatewayTimeout)
        {
            LogFailure(exception.GetType().FullName ?? "exception", exception.TargetSite?.DeclaringType?.FullName + "." + exception.TargetSite?.Name);
        }

        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.Clear();
        await Problems.WriteAsync(httpContext, status, title, detail).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request failed: {Exception} in {Method}")]
    private partial void LogFailure(string exception, string method);
}
