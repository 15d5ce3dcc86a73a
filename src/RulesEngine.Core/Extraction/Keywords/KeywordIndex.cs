namespace RulesEngine.Core.Extraction.Keywords;

/// <summary>Finds many keywords at once in one pass over a text: an Aho-Corasick automaton compiled to a DFA
/// over the keywords' characters, matching ASCII letters case-insensitively. Immutable and thread-safe once built.</summary>
/// <remarks>Cost per text is linear in its length plus the number of hits, and almost flat in the number of keywords
/// (more keywords only grow the table). Overlapping hits are all reported.</remarks>
internal sealed class KeywordIndex
{
    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private readonly int _classCount;

    // The DFA's rows, addressed by a state's row offset (state * class count); an entry is the target's row offset,
    // complemented (negative) when the target state completes a keyword, so the hot loop tests only a sign.
    private readonly int[] _rows;
    private readonly int[][] _outputs;
    private readonly int[] _lengths;

    /// <summary>Builds the automaton; keywords are matched ignoring ASCII case; empty keywords are ignored.</summary>
    public KeywordIndex(IReadOnlyList<string> keywords)
    {
        _lengths = [.. keywords.Select(k => k.Length)];
        _classCount = AssignClasses(keywords);
        var trie = new KeywordTrie(_classCount);
        for (var i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Length > 0)
            {
                trie.Add(keywords[i].Select(c => _classOf[Fold(c)]), i);
            }
        }

        var (next, outputs) = trie.ToDfa();
        _outputs = outputs;
        _rows = new int[next.Length];
        for (var i = 0; i < next.Length; i++)
        {
            var row = next[i] * _classCount;
            _rows[i] = outputs[next[i]].Length > 0 ? ~row : row;
        }
    }

    /// <summary>How many keywords the index was built from.</summary>
    public int Count => _lengths.Length;

    /// <summary>Every occurrence of every keyword in <paramref name="text"/>, ordered by end offset.</summary>
    public List<KeywordHit> FindAll(ReadOnlySpan<char> text)
    {
        var hits = new List<KeywordHit>(Math.Max(16, text.Length / 64));
        var rows = _rows;
        var classOf = _classOf;
        var row = 0;
        for (var i = 0; i < text.Length; i++)
        {
            row = rows[row + classOf[text[i]]];
            if (row >= 0)
            {
                continue;
            }

            row = ~row;
            foreach (var keyword in _outputs[row / _classCount])
            {
                var length = _lengths[keyword];
                hits.Add(new KeywordHit(keyword, i - length + 1, length));
            }
        }

        return hits;
    }

    // Each distinct (folded) keyword character gets a class; every other character is class 0, which only restarts.
    private int AssignClasses(IReadOnlyList<string> keywords)
    {
        var next = 1;
        foreach (var c in keywords.SelectMany(k => k).Select(Fold).Distinct())
        {
            _classOf[c] = (ushort)next++;
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            _classOf[c] = _classOf[Fold(c)];
        }

        return next;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
