using System.Text.Json;

namespace RulesEngine.Cli;

/// <summary>Where a killed batch left its output: the complete lines (results 1…N, in order) and nothing after them. A
/// torn last line — written in part when the process died — is cut off, so the resumed run rewrites it whole.</summary>
internal static class BatchResume
{
    /// <summary>How many results <paramref name="path"/> holds, after cutting a torn last line; 0 when it does not exist.</summary>
    /// <exception cref="InputUnreadableException">A complete line is not the next result: the file is not this batch's output.</exception>
    public static int CompleteLines(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        CutTornLine(path);
        var count = 0;
        foreach (var line in File.ReadLines(path))
        {
            count++;
            if (!IsResult(line, count))
            {
                throw new InputUnreadableException($"'{path}' line {count} is not result {count} of a batch: it cannot be resumed (remove it, or write to another --output)");
            }
        }

        return count;
    }

    // Everything after the last line break is a line the killed process did not finish.
    private static void CutTornLine(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var end = file.Length;
        var buffer = new byte[64 * 1024];
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            file.Position = start;
            file.ReadExactly(buffer, 0, (int)(end - start));
            var newline = Array.LastIndexOf(buffer, (byte)'\n', (int)(end - start) - 1);
            if (newline >= 0)
            {
                file.SetLength(start + newline + 1);
                return;
            }

            end = start;
        }

        file.SetLength(0);
    }

    private static bool IsResult(string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("line", out var at) && at.TryGetInt32(out var value) && value == number
                && (json.RootElement.TryGetProperty("report", out _) || json.RootElement.TryGetProperty("error", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
