using RulesEngine.Core.Extraction;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Batch;

/// <summary>The folder form of a batch: one sub-folder per ticket, named by its id, holding the ticket's files.</summary>
internal static class BatchFolders
{
    /// <summary>The ticket folders, in ordinal order of their names; hidden ones left out.</summary>
    public static IEnumerable<string> Tickets(string folder) => Directory.EnumerateDirectories(folder)
        .Where(d => !Path.GetFileName(d).StartsWith('.'))
        .Order(StringComparer.Ordinal);

    /// <summary>The ticket of one folder, or the error that keeps it from being diagnosed.</summary>
    public static (BatchTicket? Ticket, BatchResult? Result) Read(string path, int number, BatchOptions options)
    {
        var id = Path.GetFileName(path);
        var files = KnowledgeFiles.Visible(path, "*", allLevels: true).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return (null, BatchRunner.Error(number, id, new BatchError("invalid-ticket", "the ticket folder holds no file: put the ticket's text, logs and keys in it")));
        }

        var total = files.Sum(f => new FileInfo(f).Length);
        if (total > options.Diagnose.MaxTicketLength)
        {
            return (null, BatchRunner.Error(number, id, new BatchError("input-too-large", $"the ticket's files have {total:N0} bytes; the limit is {options.Diagnose.MaxTicketLength:N0}: send excerpts")));
        }

        var inputs = new List<TicketInput>(files.Count);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(path, file).Replace('\\', '/');
            string content;
            try
            {
                content = TextDecoder.Decode(File.ReadAllBytes(file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return (null, BatchRunner.Error(number, id, new BatchError("unreadable", $"'{name}' cannot be read: {ex.Message}")));
            }

            if (BinaryText.IsBinary(content))
            {
                return (null, BatchRunner.Error(number, id, new BatchError("binary", $"'{name}' is binary, not text: send the text of logs and tickets")));
            }

            inputs.Add(new TicketInput(name, content));
        }

        return (new BatchTicket(number, id, inputs, null, System.Collections.Frozen.FrozenDictionary<string, string>.Empty), null);
    }
}
