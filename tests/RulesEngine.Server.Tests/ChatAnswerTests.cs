using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Tests;

public sealed class ChatAnswerTests
{
    [Theory]
    [InlineData("## Steps\n\n1. Open the log.\n2. Look.\n", "Open the log.")]
    [InlineData("Intro\n\n1) Open **Monitor**\n   and note the time.\n   - a nested item\n2. Next\n", "Open **Monitor** and note the time.")]
    [InlineData("- only bullets\n- here\n", null)]
    public void FirstStep_Resolution_FirstNumberedItemWithContinuationLines(string resolution, string? expected)
    {
        Assert.Equal(expected, ChatAnswer.FirstStep(resolution));
    }
}
