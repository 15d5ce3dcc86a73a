using System.Text.RegularExpressions;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>Compiles author regular expressions with the linear-time engine, so no input can make them backtrack.</summary>
public static class RegexFactory
{
    /// <summary>Longest pattern accepted.</summary>
    public const int MaxPatternLength = 2_000;

    /// <summary>Builds the regex, or returns null with the reason it is refused.</summary>
    public static Regex? TryCreate(string pattern, out string reason)
    {
        reason = "";
        if (pattern.Length > MaxPatternLength)
        {
            reason = $"the pattern is {pattern.Length} characters; the limit is {MaxPatternLength}";
            return null;
        }

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
