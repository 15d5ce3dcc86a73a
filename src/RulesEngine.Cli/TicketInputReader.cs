using RulesEngine.Core;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Cli;

/// <summary>Reads the FILE arguments (or <c>-</c> for standard input) into ticket inputs, decoded by
/// <see cref="TextDecoder"/> (UTF-8 or UTF-16, with or without a byte-order mark): garbage is not an error.</summary>
internal static class TicketInputReader
{
    /// <summary>Reads every input; an input of more than twice <paramref name="maxLength"/> bytes is refused while
    /// reading (no encoding has fewer than one character per two bytes), the exact character limit is the core's.</summary>
    public static IReadOnlyList<TicketInput> Read(IReadOnlyList<string> files, Func<Stream> standardInput, long maxLength)
    {
        var maxBytes = 2 * maxLength;
        return [.. files.Select(file => file == "-" ? FromStream("stdin", standardInput(), maxBytes) : FromFile(file, maxBytes))];
    }

    private static TicketInput FromFile(string file, long maxBytes)
    {
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
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InputUnreadableException($"'{name}' is larger than {maxBytes:N0} bytes: send an excerpt around the failure time, or raise --max-input-mb");
            }

            buffer.Write(chunk, 0, read);
        }

        return new TicketInput(name, TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
