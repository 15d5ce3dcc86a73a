using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Core.Batch;

/// <summary>Reads one JSONL line of a batch: <c>{"id": "…", "inputs": [{"name": "…", "content": "…"} | {"name": "…",
/// "base64": "…"}], "now": "…", "answers": {"question-id": "value"}}</c> (now and answers optional). A line that is not such a ticket gives an error naming what is wrong, never an
/// exception.</summary>
internal static class BatchLineReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static (BatchTicket? Ticket, string? Id, BatchError? Error) Read(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException ex)
        {
            return (null, null, new BatchError("malformed-json", $"the line is not one JSON object: {FirstSentence(ex.Message)}", (ex.BytePositionInLine ?? 0) + 1));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, new BatchError("invalid-ticket", "the line is a JSON value but not an object: write {\"id\": \"…\", \"inputs\": [{\"name\": \"…\", \"content\": \"…\"}]}"));
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, null, new BatchError("missing-id", "the ticket has no \"id\" (a non-empty string): every line needs one, so its result can be found"));
            }

            if (!root.TryGetProperty("inputs", out var inputsElement) || inputsElement.ValueKind != JsonValueKind.Array)
            {
                return (null, id, new BatchError("invalid-ticket", "the ticket has no \"inputs\" array of {\"name\", \"content\"} or {\"name\", \"base64\"}"));
            }

            var inputs = new List<TicketInput>();
            foreach (var input in inputsElement.EnumerateArray())
            {
                var (ticketInput, error) = ReadInput(input, inputs.Count);
                if (error is not null)
                {
                    return (null, id, error);
                }

                inputs.Add(ticketInput!);
            }

            DateTimeOffset? now = null;
            if (root.TryGetProperty("now", out var nowElement))
            {
                if (nowElement.ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(nowElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return (null, id, new BatchError("invalid-ticket", "\"now\" is not a time such as 2026-11-28T10:30:00Z"));
                }

                now = parsed;
            }

            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("answers", out var answersElement) && answersElement.ValueKind != JsonValueKind.Null)
            {
                if (answersElement.ValueKind != JsonValueKind.Object || answersElement.EnumerateObject().Any(a => a.Value.ValueKind != JsonValueKind.String))
                {
                    return (null, id, new BatchError("invalid-ticket", "\"answers\" is not an object of question id to text, such as {\"wfs-trace-line\": \"yes\"}"));
                }

                foreach (var answer in answersElement.EnumerateObject())
                {
                    answers[answer.Name] = answer.Value.GetString()!;
                }
            }

            return (new BatchTicket(lineNumber, id, inputs, now, answers.ToFrozenDictionary(StringComparer.Ordinal)), id, null);
        }
    }

    // An input is an object with a text "name" and exactly one of a text "content" or "base64", decoded once; decoded bytes
    // that are binary are refused.
    private static (TicketInput? Input, BatchError? Error) ReadInput(JsonElement input, int index)
    {
        var where = $"input {index + 1}";
        if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 } inputName)
        {
            return (null, new BatchError("invalid-ticket", $"{where} needs a \"name\" (a non-empty string)"));
        }

        var hasContent = input.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String;
        var hasBase64 = input.TryGetProperty("base64", out var base64) && base64.ValueKind == JsonValueKind.String;
        if (hasContent == hasBase64)
        {
            return (null, new BatchError("invalid-ticket", $"{where} needs exactly one of \"content\" (text) or \"base64\" (bytes)"));
        }

        string text;
        if (hasContent)
        {
            text = content.GetString()!;
        }
        else if (base64.TryGetBytesFromBase64(out var bytes))
        {
            text = TextDecoder.Decode(bytes);
        }
        else
        {
            return (null, new BatchError("invalid-ticket", $"{where}'s \"base64\" is not base64"));
        }

        return BinaryText.IsBinary(text)
            ? (null, new BatchError("binary", $"{where} is binary, not text: send the text of logs and tickets"))
            : (new TicketInput(inputName, text), null);
    }

    // System.Text.Json's messages end with the path and position, which the error object says on its own.
    private static string FirstSentence(string message) =>
        message.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? message[..(end + 1)] : message;
}
