using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    /// <summary>Blocks that open with a <paramref name="begin"/> match and close at the end of the next <paramref name="end"/>
    /// match within <paramref name="maxLength"/> characters of the opening's end, or else at <paramref name="unclosedEnd"/>
    /// (given the text and where the opening ends). Each block gives its start, end and opening length.</summary>
    private static List<(int Start, int End, int OpeningLength)> Blocks(
        string text, Regex begin, Regex end, int maxLength, Func<string, int, int> unclosedEnd)
    {
        var openings = new List<(int Index, int Length)>();
        foreach (var match in begin.EnumerateMatches(text))
        {
            openings.Add((match.Index, match.Length));
        }

        var ends = new List<int>();
        foreach (var match in end.EnumerateMatches(text))
        {
            ends.Add(match.Index + match.Length);
        }

        return Blocks(text, openings, ends, maxLength, unclosedEnd);
    }

    /// <summary>Blocks from sorted <paramref name="openings"/> and sorted closing <paramref name="ends"/>, as above.</summary>
    /// <remarks>Both lists are walked forward together, so many openings without an end stay linear.</remarks>
    private static List<(int Start, int End, int OpeningLength)> Blocks(
        string text, List<(int Index, int Length)> openings, List<int> ends, int maxLength, Func<string, int, int> unclosedEnd)
    {
        var blocks = new List<(int Start, int End, int OpeningLength)>();
        var covered = 0;
        var nextEnd = 0;
        foreach (var (index, length) in openings)
        {
            if (index < covered)
            {
                continue;
            }

            var bodyStart = index + length;
            while (nextEnd < ends.Count && ends[nextEnd] <= bodyStart)
            {
                nextEnd++;
            }

            covered = nextEnd < ends.Count && ends[nextEnd] - bodyStart <= maxLength
                ? ends[nextEnd]
                : unclosedEnd(text, bodyStart);
            blocks.Add((index, covered, length));
        }

        return blocks;
    }
}
