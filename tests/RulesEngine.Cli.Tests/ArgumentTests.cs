using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>Arguments are checked strictly: an unknown option or a value out of range is a usage error (exit 2) naming
/// the option and what it takes, and a folder given as a file says so (exit 4).</summary>
public sealed class ArgumentTests
{
    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["diagnose", "--bogus", Sample("ticket.txt")], "triage: unknown option '--bogus'" },
        { ["explain", "-x", Sample("ticket.txt")], "triage: unknown option '-x'" },
        { ["test", "--bogus"], "triage: unknown option '--bogus'" },
        { ["diagnose", "--max-input-mb", "-1", Sample("ticket.txt")], "triage: --max-input-mb '-1' is not a whole number from 1 to 1,024" },
        { ["diagnose", "--max-ticket-mb", "0", Sample("ticket.txt")], "triage: --max-ticket-mb '0' is not a whole number from 1 to 1,024" },
        { ["diagnose", "--max-inputs", "many", Sample("ticket.txt")], "triage: --max-inputs 'many' is not a whole number from 1 to 100,000" },
        { ["diagnose", "--now", "yesterday", Sample("ticket.txt")], "triage: --now 'yesterday' is not a time: use ISO 8601, e.g. 2026-11-28T10:30:00Z" },
        { ["explain", "--now", "yesterday", Sample("ticket.txt")], "triage: --now 'yesterday' is not a time" },
        { ["test", "--min-coverage", "150"], "triage: --min-coverage '150' is not a number from 0 to 100" },
        { ["test", "--min-coverage", "-1"], "triage: --min-coverage '-1' is not a number from 0 to 100" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Command_WrongArgument_UsageErrorNamingIt(string[] args, string expected)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_StandardInputDash_IsNotAnOption()
    {
        var (exit, output, error) = Run(["diagnose", "--now", "2026-11-28T10:30:00Z", "-"], "HTTP 401 Unauthorized");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("401", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_FolderGivenAsFile_Exit4SayingItIsAFolder()
    {
        var folder = Path.GetDirectoryName(Sample("ticket.txt"))!;

        var (exit, output, error) = Run(["diagnose", folder]);

        Assert.Equal(4, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"triage: error: '{folder}' is a directory: give the files in it", error, StringComparison.Ordinal);
    }
}
