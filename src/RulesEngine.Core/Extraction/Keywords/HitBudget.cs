using System.Runtime.InteropServices;

namespace RulesEngine.Core.Extraction.Keywords;

/// <summary>Admits at most <see cref="PerLine"/> hits of one keyword on one line and <see cref="PerInput"/> in one
/// input, and counts the rest: a line of one keyword repeated 400,000 times costs what 64 cost, and the diagnosis says
/// what it did not read.</summary>
/// <remarks>Hits come in text order. Each keyword remembers the end of the line of its last hit, so finding a line's
/// end costs one scan per line that has a hit. Only the keywords hit have a state, so an input costs what its hits cost,
/// not what a knowledge base's thousands of keywords would.</remarks>
internal sealed class HitBudget(string content)
{
    /// <summary>Hits of one keyword read on one line: more than any real line has (a JSON export puts a record per line).</summary>
    public const int PerLine = 64;

    /// <summary>Hits of one keyword read in one input: a 50 MB log has about 400,000 of its commonest ('http', '[').</summary>
    public const int PerInput = 1_000_000;

    private readonly Dictionary<int, State> _states = [];

    /// <summary>True when <paramref name="hit"/> is within the budget of its keyword.</summary>
    public bool Admit(KeywordHit hit)
    {
        ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(_states, hit.Keyword, out _);
        if (hit.Offset >= state.LineEnd)
        {
            var newline = content.IndexOf('\n', hit.Offset);
            state.LineEnd = newline < 0 ? content.Length : newline;
            state.OnLine = 0;
        }

        if (state.OnLine < PerLine && state.Read < PerInput)
        {
            state.OnLine++;
            state.Read++;
            return true;
        }

        if (state.Skipped++ == 0)
        {
            state.FirstSkipped = hit.Offset;
        }

        return false;
    }

    /// <summary>Each keyword that had hits skipped: how many were read and skipped, and where the first skipped one was.</summary>
    public IEnumerable<(int Keyword, int Read, int Skipped, int FirstSkipped)> Overruns()
    {
        foreach (var (keyword, state) in _states.OrderBy(s => s.Key))
        {
            if (state.Skipped > 0)
            {
                yield return (keyword, state.Read, state.Skipped, state.FirstSkipped);
            }
        }
    }

    private struct State
    {
        public int LineEnd;
        public int OnLine;
        public int Read;
        public int Skipped;
        public int FirstSkipped;
    }
}
