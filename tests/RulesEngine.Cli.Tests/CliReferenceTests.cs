using System.Text.RegularExpressions;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>The README's command-line reference is the command line: each command it lists takes exactly the options it
/// shows (as <c>--help</c> prints them), no more and no fewer.</summary>
public sealed partial class CliReferenceTests
{
    public static TheoryData<string> Commands => [.. Reference().Keys];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_CommandOptions_AreExactlyTheOptionsOfItsHelp(string command)
    {
        var (exit, output, _) = Run([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        var help = OptionName().Matches(output).Select(m => m.Value).Where(o => o != "--help").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(Reference()[command].Order(StringComparer.Ordinal), help);
    }

    [Fact]
    public void Readme_Reference_ListsTheCommands()
    {
        Assert.Equal(["batch", "diagnose", "explain", "kb list", "kb render", "keygen", "pack", "test", "validate", "verify"], Reference().Keys.Order(StringComparer.Ordinal));
    }

    // "triage <command> [options…]" lines of the README's first code block under "## Command line"; continuation lines
    // (indented) belong to the command above.
    private static Dictionary<string, List<string>> Reference()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Command line", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```", StringComparison.Ordinal) + 3)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var commands = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CommandLine().Match(line) is { Success: true } match)
            {
                current = commands[match.Groups[1].Value.Trim()] = [];
            }

            current?.AddRange(OptionName().Matches(line).Select(m => m.Value).Where(o => !current.Contains(o)));
        }

        return commands;
    }

    [GeneratedRegex(@"^triage ((?:kb )?[a-z]+)\b")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex OptionName();
}
