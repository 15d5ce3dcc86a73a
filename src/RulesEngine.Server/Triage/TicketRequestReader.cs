using System.Text.Json;
using System.Text.Json.Serialization;

namespace RulesEngine.Server.Triage;

/// <summary>Reads a ticket request body itself, so that malformed JSON is a 400 and a body over the limit a 413,
/// whatever the content type the client sent (curl's <c>-d</c> says form data).</summary>
internal static class TicketRequestReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Typos in field names surface as errors instead of being ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The body, or null with <paramref name="error"/> saying what is wrong (never quoting the body).</summary>
    /// <exception cref="BadHttpRequestException">The body is over the size limit (status 413) or could not be read.</exception>
    public static async Task<(TicketRequest? Value, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<TicketRequest>(request.Body, Options, cancellationToken).ConfigureAwait(false);
            return value is null ? (null, "the body is JSON null; send an object") : (value, null);
        }
        catch (JsonException ex)
        {
            // Only the position: the exception's message may quote the body and names .NET types.
            var where = ex.LineNumber is { } line ? $" at {ex.Path ?? "$"} (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            return (null, $"the body is not valid JSON for this endpoint{where}; expected {Expected}");
        }
    }

    private const string Expected = "{\"inputs\":[{\"name\":\"ticket.txt\",\"content\":\"...\"}],\"now\":\"2026-11-28T10:30:00Z\"} (now is optional; so is answers: {\"question-id\":\"yes\"})";
}
