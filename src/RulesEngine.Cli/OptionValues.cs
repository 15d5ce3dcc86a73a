using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RulesEngine.Cli;

/// <summary>Strict parsers for option values and a check for unknown options, so a wrong value is a usage error (exit 2)
/// that names the option and what it takes, never a .NET type name or a silently odd limit.</summary>
internal static class OptionValues
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<ArgumentResult, int> Integer(string option, int min, int max) => result =>
    {
        var text = Single(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{option} '{text}' is not a whole number from {min:N0} to {max:N0}");
        return min;
    };

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Func<ArgumentResult, double> Number(string option, double min, double max) => result =>
    {
        var text = Single(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{option} '{text}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return min;
    };

    /// <summary>An ISO 8601 time; without an offset it is UTC.</summary>
    public static DateTimeOffset? Time(ArgumentResult result) => Time(result, "--now");

    /// <summary>An ISO 8601 time for <paramref name="option"/>; without an offset it is UTC.</summary>
    public static DateTimeOffset? Time(ArgumentResult result, string option)
    {
        var text = Single(result);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        result.AddError($"{option} '{text}' is not a time: use ISO 8601, e.g. 2026-11-28T10:30:00Z");
        return null;
    }

    /// <summary>Refuses values of <paramref name="argument"/> that look like options: an unknown option is a usage
    /// error, not a file name ('-' alone is standard input).</summary>
    public static void RejectOptionLike(Argument<string[]> argument) => argument.Validators.Add(result =>
    {
        foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.Length > 1 && v[0] == '-'))
        {
            result.AddError($"unknown option '{token}' (a file whose name starts with '-' can be given as ./{token})");
        }
    });

    private static string Single(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
}
