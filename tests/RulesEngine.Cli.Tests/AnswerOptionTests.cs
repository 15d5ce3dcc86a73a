using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>--answer ID=VALUE</c> and <c>--answers FILE</c> on <c>diagnose</c> and <c>explain</c>: an answer
/// confirms or excludes a cause; a wrong one is a usage error naming it (exit 2), never ignored.</summary>
public sealed class AnswerOptionTests
{
    private static readonly string Ticket = Sample("ticket.txt");

    [Fact]
    public void Diagnose_TicketOnly_ListsTheQuestionWithItsIdAndOptions()
    {
        var (exit, output, _) = Run(["diagnose", "--now", "2026-11-28T10:30:00Z", Ticket]);

        Assert.Equal(0, exit);
        Assert.Contains("- [wfs-trace-line] (yes|no) In Cloud Integration", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_AnswerYes_ConfirmsWithTheAnswerAsEvidence()
    {
        var (exit, output, error) = Run(["diagnose", "--format", "json", "--now", "2026-11-28T10:30:00Z", "--answer", "wfs-trace-line=YES", Ticket]);

        Assert.Equal((0, ""), (exit, error));
        using var json = JsonDocument.Parse(output);
        var top = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(("3474524", "confirmed"), (top.GetProperty("article").GetString(), top.GetProperty("status").GetString()));
        Assert.Equal("answered by the customer: wfs-trace-line = yes", top.GetProperty("evidence")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"wfs-trace-line\": \"no\"}")]
    [InlineData("wfs-trace-line: no\n")]
    public void Diagnose_AnswersFileSaysNo_ExcludesTheCause(string file)
    {
        using var folder = new TempFolder();
        var path = folder.Write("answers.yaml", file);

        var (exit, output, _) = Run(["diagnose", "--format", "json", "--now", "2026-11-28T10:30:00Z", "--answers", path, Ticket]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("article").GetString() == "3474524");
        Assert.DoesNotContain(json.RootElement.GetProperty("open_questions").EnumerateArray(), q => q.GetProperty("id").GetString() == "wfs-trace-line");
    }

    [Theory]
    [InlineData("diagnose", "wfs-trace-lin=yes", "answer to unknown question 'wfs-trace-lin'")]
    [InlineData("diagnose", "wfs-trace-line=maybe", "answer 'maybe' to question 'wfs-trace-line' is not one of: yes, no")]
    [InlineData("explain", "wfs-trace-line=maybe", "answer 'maybe' to question 'wfs-trace-line' is not one of: yes, no")]
    [InlineData("diagnose", "wfs-trace-line", "--answer 'wfs-trace-line' is not ID=VALUE")]
    public void Command_WrongAnswer_IsAUsageErrorNamingIt(string command, string answer, string expected)
    {
        var (exit, output, error) = Run([command, "--answer", answer, Ticket]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_AnswersFileNotAMap_IsAUsageErrorWithItsPosition()
    {
        using var folder = new TempFolder();
        var path = folder.Write("answers.json", "[\"yes\"]");

        var (exit, _, error) = Run(["diagnose", "--answers", path, Ticket]);

        Assert.Equal(2, exit);
        Assert.Contains("answers.json(1,1): error RE2001: an answers file is a map of question id to answer", error, StringComparison.Ordinal);
    }
}
