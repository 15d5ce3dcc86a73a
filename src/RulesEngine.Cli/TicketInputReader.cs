using RulesEngine.Core;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Cli;

/// <summary>Reads the FILE arguments (or <c>-</c> for standard input) into ticket inputs, decoded by
/// <see cref="TextDecoder"/> (UTF-8 or UTF-16, with or without a byte-order mark): garbage is not an error.</summary>
internal static class TicketInputReader
{
    /// <summary>Reads every input within <paramref name="timeout"/>; an input of more than twice
    /// <paramref name="maxLength"/> bytes is refused while reading (no encoding has fewer than one character per two
    /// bytes), the exact character limit is the core's.</summary>
    /// <exception cref="DiagnosisTimeoutException">An input did not end in time: a pipe or standard input whose writer
    /// never closes it (opening a fifo without a writer blocks, so the reading runs on a thread that can be left behind).</exception>
    public static IReadOnlyList<TicketInput> Read(
        IReadOnlyList<string> files, Func<Stream> standardInput, long maxLength, TimeSpan timeout, CancellationToken cancellation)
    {
        var maxBytes = 2 * maxLength;
        var current = "";
        var reading = Task.Run(() => files.Select(file =>
        {
            current = file == "-" ? "stdin" : file;
            return file == "-" ? FromStream("stdin", standardInput(), maxBytes) : FromFile(file, maxBytes);
        }).ToList(), CancellationToken.None);
        try
        {
            return reading.WaitAsync(timeout, cancellation).GetAwaiter().GetResult();
        }
        catch (TimeoutException)
        {
            throw new DiagnosisTimeoutException(
                $"'{current}' was not read to its end within the time budget of {timeout.TotalSeconds:0.###} s: is it a pipe or standard input that nothing writes to or closes?");
        }
    }

    private static TicketInput FromFile(string file, long maxBytes)
    {
        if (Directory.Exists(file))
        {
            throw new InputUnreadableException($"'{file}' is a directory: give the files in it (e.g. '{Path.Combine(file, "*")}')");
        }

        try
        {
            using var stream = File.OpenRead(file);
            return FromStream(Path.GetFileName(file), stream, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException($"cannot read '{file}': {ex.Message}");
        }
    }

    private static TicketInput FromStream(string name, Stream stream, long maxBytes)
    {
        // A file says its length: one buffer of that size, instead of doubling it (and faulting in its pages) up to it.
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes) : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InputUnreadableException($"'{name}' is larger than --max-input-mb allows ({maxBytes / 2 / (1024 * 1024):N0} Mi characters): send an excerpt around the failure time, or raise --max-input-mb");
            }

            buffer.Write(chunk, 0, read);
        }

        return new TicketInput(name, TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
