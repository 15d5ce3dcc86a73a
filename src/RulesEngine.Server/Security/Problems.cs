using Microsoft.AspNetCore.Mvc;

namespace RulesEngine.Server.Security;

/// <summary>Writes an RFC 9457 problem from middleware, through the app's problem-details service (type, traceId).</summary>
internal static class Problems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await service.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = detail,
                // The framework knows no type for 429.
                Type = status == StatusCodes.Status429TooManyRequests ? "https://www.rfc-editor.org/rfc/rfc6585#section-4" : null,
            },
        }).ConfigureAwait(false);
        if (!written)
        {
            // A client that accepts no JSON still gets the status and the title.
            await context.Response.WriteAsync(title, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
