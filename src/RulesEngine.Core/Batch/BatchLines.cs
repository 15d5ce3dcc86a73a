using System.Text;

namespace RulesEngine.Core.Batch;

/// <summary>The lines of a batch input, read as a stream: one line at a time is in memory, and a line over the limit is
/// skipped to its end and given as too long, so a million-line input or a 2 GB line never fills memory.</summary>
internal static class BatchLines
{
    /// <summary>Each line with its 1-based number; <c>Text</c> is null when the line is longer than <paramref name="maxLength"/>
    /// characters (then <c>Length</c> says how long it was). A trailing line without a line break counts; CR before LF is dropped.</summary>
    public static IEnumerable<(int Number, string? Text, long Length)> Read(TextReader reader, long maxLength, CancellationToken cancellation)
    {
        var line = new StringBuilder();
        var buffer = new char[64 * 1024];
        long length = 0;
        var number = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }

                Append(line, buffer, start, i - start, ref length, maxLength);
                yield return (++number, Finish(line, length, maxLength), length);
                line.Clear();
                length = 0;
                start = i + 1;
            }

            Append(line, buffer, start, read - start, ref length, maxLength);
        }

        if (length > 0)
        {
            yield return (++number, Finish(line, length, maxLength), length);
        }
    }

    private static void Append(StringBuilder line, char[] buffer, int start, int count, ref long length, long maxLength)
    {
        if (length + count <= maxLength)
        {
            line.Append(buffer, start, count);
        }

        length += count;
    }

    private static string? Finish(StringBuilder line, long length, long maxLength)
    {
        if (length > maxLength)
        {
            return null;
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return line.ToString();
    }
}
