namespace RulesEngine.Core.Extraction.Keywords;

/// <summary>The trie an Aho-Corasick automaton is built from, turned into a dense DFA (failure links resolved).</summary>
internal sealed class KeywordTrie(int classCount)
{
    private readonly List<int[]> _children = [NewNode(classCount)];
    private readonly List<List<int>> _outputs = [[]];

    /// <summary>Adds a keyword given as its character classes.</summary>
    public void Add(IEnumerable<ushort> classes, int keyword)
    {
        var node = 0;
        foreach (var c in classes)
        {
            if (_children[node][c] == 0)
            {
                _children.Add(NewNode(classCount));
                _outputs.Add([]);
                _children[node][c] = _children.Count - 1;
            }

            node = _children[node][c];
        }

        _outputs[node].Add(keyword);
    }

    /// <summary>The transition table (<c>state * classCount + class</c>) and each state's keywords, suffix matches included.</summary>
    public (int[] Next, int[][] Outputs) ToDfa()
    {
        var states = _children.Count;
        var next = new int[states * classCount];
        var fail = new int[states];
        var queue = new Queue<int>();
        for (var c = 1; c < classCount; c++)
        {
            var child = _children[0][c];
            next[c] = child;
            if (child != 0)
            {
                queue.Enqueue(child);
            }
        }

        // Breadth-first: a state's failure target is always resolved before the state itself.
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            _outputs[state].AddRange(_outputs[fail[state]]);
            for (var c = 1; c < classCount; c++)
            {
                var child = _children[state][c];
                if (child == 0)
                {
                    next[(state * classCount) + c] = next[(fail[state] * classCount) + c];
                    continue;
                }

                fail[child] = next[(fail[state] * classCount) + c];
                next[(state * classCount) + c] = child;
                queue.Enqueue(child);
            }
        }

        return (next, [.. _outputs.Select(o => o.Distinct().ToArray())]);
    }

    private static int[] NewNode(int classCount) => new int[classCount];
}
