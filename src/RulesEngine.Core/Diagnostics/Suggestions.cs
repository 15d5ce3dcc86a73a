namespace RulesEngine.Core.Diagnostics;

/// <summary>"Did you mean" hints for unknown names.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="name"/> within a small edit distance, or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(name.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>" Did you mean 'x'?" or "" when nothing is close; appended to messages.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } hit ? $" Did you mean '{hit}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
