using System.Text.Json;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Ranking;

/// <summary>A finding whose evidence is all quoted mail history weighs 0.8 of its rule's confidence; one whose error
/// the newest message says is gone weighs 0.5 and asks first whether it still occurs; a resolved error of another
/// status changes nothing. The status stays the rule's.</summary>
public sealed class FindingWeightsTests
{
    private const string Rules = """
        rules:
          - id: a-rule
            article: a
            when:
              - http-error: { status: 401 }
            status: confirmed
            confidence: 0.9
        """;

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("The call gets HTTP 401 Unauthorized.\n", 0.9, new string[0])]
    [InlineData("Hi, any news?\n\nFrom: Tom <t@example.com>\nSent: Monday, November 24, 2026 4:02 PM\nTo: Support <s@example.com>\nSubject: 401\n\nThe call gets HTTP 401 Unauthorized.\n", 0.72, new[] { "quoted-history" })]
    [InlineData("Good news: the 401 is gone since we re-created the key.\n\n> The call gets HTTP 401 Unauthorized.\n> Please help.\n", 0.36, new[] { "quoted-history", "reported-resolved" })]
    [InlineData("The call gets HTTP 401 Unauthorized. It works again since this morning.\n", 0.45, new[] { "reported-resolved" })]
    [InlineData("The call gets HTTP 401 Unauthorized. The 500 from the mapping\nlast week is fixed, this is a new problem.\n", 0.9, new string[0])]
    public void Diagnose_TicketContext_WeighsTheFinding(string ticket, double confidence, string[] reasons)
    {
        using var folder = new TempFolder();
        folder.Write("rules/a.yaml", Rules);
        folder.WriteArticle("a");
        var loaded = folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));

        var diagnosis = loaded.KnowledgeBase.Diagnose([new TicketInput("mail.txt", ticket)], new DiagnoseOptions(Now));

        var finding = Assert.Single(diagnosis.Findings).Finding;
        Assert.Equal((FindingStatus.Confirmed, confidence), (finding.Status, finding.Confidence));
        Assert.Equal(reasons, finding.Adjustments.Select(a => a.Reason));
        Assert.Equal(reasons.Contains("reported-resolved"), diagnosis.Questions.Count > 0 && diagnosis.Questions[0].StartsWith("Is the error still occurring?", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(DiagnosisJson.Serialize(diagnosis, loaded.KnowledgeBase));
        Assert.Equal(reasons, json.RootElement.GetProperty("findings")[0].GetProperty("adjustments").EnumerateArray().Select(a => a.GetProperty("reason").GetString()));
    }
}
