using System.Text.Json;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Core.Batch;

/// <summary>Diagnoses a JSONL batch, one result per input line, in input order: the report <c>triage diagnose --format
/// json</c> prints for that ticket, or an error object saying why the line gave none. Lines are read as they come and
/// results returned as they are made, so memory does not grow with the batch; a cancellation stops the reading, and the
/// tickets already started are finished and returned.</summary>
public static class BatchRunner
{
    /// <summary>The results of <paramref name="input"/>'s lines, in input order. With <see cref="BatchOptions.Parallelism"/>
    /// above 1, that many tickets are diagnosed at once and at most twice as many are held, so memory stays bounded;
    /// lines at or below <see cref="BatchOptions.SkipThrough"/> (already done, when resuming) are read but not run.</summary>
    public static IEnumerable<BatchResult> Run(KnowledgeBase knowledgeBase, TextReader input, BatchOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Ids are judged in input order, as the lines are read, so a duplicate is the later line whatever finishes first.
        var prepared = BatchLines.Read(input, options.MaxLineLength, CancellationToken.None)
            .Select(line => (line.Number, Prepare(line.Number, line.Text, line.Length, options, seen)));
        return Pipeline(knowledgeBase, prepared, options, cancellation);
    }

    /// <summary>The results of a folder of tickets: each sub-folder (in ordinal order of names) is one ticket, its name the
    /// id, its files (any depth, hidden ones left out) the inputs; numbered 1, 2, … in that order like lines.</summary>
    public static IEnumerable<BatchResult> RunFolder(KnowledgeBase knowledgeBase, string folder, BatchOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(options);
        var tickets = BatchFolders.Tickets(folder).Select((path, index) => (index + 1, BatchFolders.Read(path, index + 1, options)));
        return Pipeline(knowledgeBase, tickets, options, cancellation);
    }

    /// <summary>How many tickets a folder batch has: its sub-folders.</summary>
    public static int CountFolder(string folder) => BatchFolders.Tickets(folder).Count();

    private static IEnumerable<BatchResult> Pipeline(
        KnowledgeBase knowledgeBase,
        IEnumerable<(int Number, (BatchTicket? Ticket, BatchResult? Result) Prepared)> tickets,
        BatchOptions options,
        CancellationToken cancellation)
    {
        var pending = new Queue<Task<BatchResult>>();

        // A cancellation stops the reading; the tickets in flight finish (each within its own time budget) and are returned.
        foreach (var (number, prepared) in tickets)
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            if (number <= options.SkipThrough)
            {
                continue;
            }

            if (options.Parallelism == 1)
            {
                // One at a time: on the caller's thread, nothing queued.
                yield return prepared.Result ?? Diagnose(knowledgeBase, prepared.Ticket!, options);
                continue;
            }

            pending.Enqueue(prepared.Result is { } ready
                ? Task.FromResult(ready)
                : Task.Run(() => Diagnose(knowledgeBase, prepared.Ticket!, options), CancellationToken.None));
            while (pending.Count > 2 * options.Parallelism - 1)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (pending.Count > 0)
        {
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }

    // A line's ticket to diagnose, or its result when the line itself is the error.
    private static (BatchTicket? Ticket, BatchResult? Result) Prepare(int number, string? text, long length, BatchOptions options, HashSet<string> seen)
    {
        if (text is null)
        {
            return (null, Error(number, null, new BatchError("line-too-large", $"the line has {length:N0} characters; the limit is {options.MaxLineLength:N0}: split the ticket's inputs or send excerpts")));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Error(number, null, new BatchError("empty-line", "the line is empty: one ticket per line")));
        }

        var (ticket, id, error) = BatchLineReader.Read(text, number);
        if (error is not null)
        {
            return (null, Error(number, id, error));
        }

        return seen.Add(ticket!.Id)
            ? (ticket, null)
            : (null, Error(number, ticket.Id, new BatchError("duplicate-id", $"the id '{ticket.Id}' is already used by an earlier line: ids must be unique in a batch")));
    }

    private static BatchResult Diagnose(KnowledgeBase knowledgeBase, BatchTicket ticket, BatchOptions options)
    {
        var number = ticket.Line;
        try
        {
            var diagnoseOptions = ticket.Now is { } now ? options.Diagnose with { Now = now } : options.Diagnose;
            if (ticket.Answers.Count > 0)
            {
                // An answer the knowledge base does not take is this ticket's error, never dropped: a dropped "no" would confirm.
                var check = knowledgeBase.CheckAnswers(ticket.Answers);
                if (check.HasErrors)
                {
                    return Error(number, ticket.Id, new BatchError("invalid-answers", string.Join("; ", check.Errors)));
                }

                diagnoseOptions = diagnoseOptions with { Answers = check.Answers };
            }

            var diagnosis = knowledgeBase.Diagnose(ticket.Inputs, diagnoseOptions);
            if (diagnosis.IsPartial)
            {
                // A batch's consumer reads a report as complete: a partial one is an error of its own, with what was cut.
                return Error(number, ticket.Id, new BatchError("fact-budget", diagnosis.Cuts[0].Message + " (the diagnosis of this ticket would be partial)"));
            }

            var line = new Dictionary<string, object?> { ["line"] = number, ["id"] = ticket.Id, ["report"] = DiagnosisJson.ToReport(diagnosis, knowledgeBase) };
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

    internal static BatchResult Error(int number, string? id, BatchError error)
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
