using System.Text.Json;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Core.Batch;

/// <summary>Diagnoses a JSONL batch, one result per input line, in input order: the report <c>triage diagnose --format
/// json</c> prints for that ticket, or an error object saying why the line gave none. Lines are read as they come and
/// results returned as they are made, so memory does not grow with the batch.</summary>
public static class BatchRunner
{
    public static IEnumerable<BatchResult> Run(KnowledgeBase knowledgeBase, TextReader input, BatchOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text, length) in BatchLines.Read(input, options.MaxLineLength, cancellation))
        {
            cancellation.ThrowIfCancellationRequested();
            yield return One(knowledgeBase, number, text, length, options, seen, cancellation);
        }
    }

    private static BatchResult One(KnowledgeBase knowledgeBase, int number, string? text, long length, BatchOptions options, HashSet<string> seen, CancellationToken cancellation)
    {
        if (text is null)
        {
            return Error(number, null, new BatchError("line-too-large", $"the line has {length:N0} characters; the limit is {options.MaxLineLength:N0}: split the ticket's inputs or send excerpts"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Error(number, null, new BatchError("empty-line", "the line is empty: one ticket per line"));
        }

        var (ticket, id, error) = BatchLineReader.Read(text, number);
        if (error is not null)
        {
            return Error(number, id, error);
        }

        if (!seen.Add(ticket!.Id))
        {
            return Error(number, ticket.Id, new BatchError("duplicate-id", $"the id '{ticket.Id}' is already used by an earlier line: ids must be unique in a batch"));
        }

        try
        {
            var diagnoseOptions = ticket.Now is { } now ? options.Diagnose with { Now = now } : options.Diagnose;
            var diagnosis = knowledgeBase.Diagnose(ticket.Inputs, diagnoseOptions, cancellation);
            var line = new Dictionary<string, object?> { ["line"] = number, ["id"] = ticket.Id, ["report"] = DiagnosisJson.ToModel(diagnosis, knowledgeBase) };
            return new BatchResult(number, ticket.Id, JsonSerializer.Serialize(line, ReportJson.Compact), null,
                [.. diagnosis.Findings.Select(f => (f.Finding.Article, f.Finding.Status == FindingStatus.Confirmed ? "confirmed" : "suspected"))]);
        }
        catch (InputTooLargeException ex)
        {
            return Error(number, ticket.Id, new BatchError("input-too-large", ex.Message));
        }
        catch (DiagnosisTimeoutException ex)
        {
            return Error(number, ticket.Id, new BatchError("timed-out", ex.Message));
        }
        catch (JoinBudgetExceededException ex)
        {
            return Error(number, ticket.Id, new BatchError("join-budget", ex.Message));
        }
    }

    private static BatchResult Error(int number, string? id, BatchError error)
    {
        var body = new Dictionary<string, object?> { ["kind"] = error.Kind, ["message"] = error.Message };
        if (error.Column is { } column)
        {
            body["column"] = column;
        }

        var line = new Dictionary<string, object?> { ["line"] = number, ["id"] = id, ["error"] = body };
        return new BatchResult(number, id, JsonSerializer.Serialize(line, ReportJson.Compact), error.Kind, []);
    }
}
