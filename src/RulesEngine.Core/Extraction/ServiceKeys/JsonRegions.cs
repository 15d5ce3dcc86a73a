namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>Finds the JSON objects that hold given positions (keyword hits) in a text that may be prose around JSON:
/// a service key pasted into a ticket, a cf CLI output with a header line, a whole JSON file.</summary>
/// <remarks>Only the <see cref="Window"/> characters before each hit are searched for an opening brace, and no
/// character is scanned twice, so the cost is linear in the text.</remarks>
internal static class JsonRegions
{
    /// <summary>How far before a hit its object may start.</summary>
    public const int Window = 32 * 1024;

    /// <summary>The objects, in text order, read from the braces before each of <paramref name="offsets"/> (ascending);
    /// an object that closes before a hit is kept too, as it may be related (creation parameters).</summary>
    public static List<JsonScan> Around(string text, IEnumerable<int> offsets)
    {
        var found = new List<JsonScan>();
        var consumed = 0;
        foreach (var hit in offsets)
        {
            if (hit < consumed)
            {
                continue;
            }

            var from = Math.Max(consumed, hit - Window);
            var brace = text.IndexOf('{', from, hit - from);
            while (brace >= 0)
            {
                var scan = JsonScanner.Scan(text, brace);
                consumed = Math.Max(consumed, scan.End);
                if (scan.Nodes.Count > 1)
                {
                    found.Add(scan);
                }

                if (scan.End > hit)
                {
                    break;
                }

                brace = scan.End < hit ? text.IndexOf('{', scan.End, hit - scan.End) : -1;
            }

            consumed = Math.Max(consumed, hit);
        }

        return found;
    }
}
