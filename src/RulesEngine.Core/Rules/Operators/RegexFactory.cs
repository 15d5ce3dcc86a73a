using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>Compiles author regular expressions with the linear-time engine, so no input can make them backtrack.</summary>
internal static class RegexFactory
{
    /// <summary>Longest pattern accepted.</summary>
    public const int MaxPatternLength = 2_000;

    // Building a linear-time regex is the costliest step of loading a knowledge base (about 10 ms a pattern), and
    // validation, translation and extraction each need the same patterns: each is built once, by whichever caller asks
    // first (Regex is immutable and thread-safe). A server that reloads edited rules for a long time starts afresh past
    // the bound.
    private const int MaxCached = 4_096;
    private static readonly ConcurrentDictionary<string, Lazy<(Regex? Regex, string Reason)>> Cache = new(StringComparer.Ordinal);

    /// <summary>Builds the regex, or returns null with the reason it is refused.</summary>
    public static Regex? TryCreate(string pattern, out string reason)
    {
        if (pattern.Length > MaxPatternLength)
        {
            reason = $"the pattern is {pattern.Length} characters; the limit is {MaxPatternLength}";
            return null;
        }

        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        var (regex, why) = Cache.GetOrAdd(pattern, p => new Lazy<(Regex?, string)>(() => (Build(p, out var r), r))).Value;
        reason = why;
        return regex;
    }

    /// <summary>Checks a pattern without building its linear-time automaton (the costly part, left for first use): its
    /// syntax, and that it uses none of the constructs the linear-time engine refuses. Returns the names of its named
    /// groups, or null with the reason it is refused.</summary>
    public static IReadOnlyList<string>? Check(string pattern, out string reason)
    {
        if (pattern.Length > MaxPatternLength)
        {
            reason = $"the pattern is {pattern.Length} characters; the limit is {MaxPatternLength}";
            return null;
        }

        Regex parsed;
        try
        {
            parsed = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            reason = ex.Message;
            return null;
        }

        if (BacktrackingConstructs.Find(pattern) is { } construct)
        {
            reason = $"{construct} is not supported (the engine runs in linear time and has no backtracking features)";
            return null;
        }

        reason = "";
        return [.. parsed.GetGroupNames().Where(n => !int.TryParse(n, out _))];
    }

    private static Regex? Build(string pattern, out string reason)
    {
        reason = "";
        try
        {
            return new Regex(
                pattern,
                RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            reason = ex.Message;
        }
        catch (NotSupportedException ex)
        {
            // NonBacktracking refuses back-references, lookarounds and atomic groups.
            reason = $"{ex.Message} (the engine runs in linear time and has no backtracking features)";
        }

        return null;
    }
}
