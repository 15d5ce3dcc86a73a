using System.Text.Json;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Explain;

/// <summary>Each firing of an infer rule is explained with the values it inferred, not those of the rule's first
/// firing.</summary>
public sealed class InferredValuesExplainTests
{
    private const string StatusRule = """
        rules:
          - id: status-seen
            when:
              - http-error: { status: { at-least: 400 } }
                as: error
            infer:
              fact: failure-status
              set: { status: $error.status }
        """;

    private const string Ticket = "We get HTTP 401 Unauthorized on the first call.\nLater the call answers HTTP 503 Service Unavailable.\n";

    [Fact]
    public void ExplainText_TwoFiringsWithDifferentValues_ShowsEachOwnValues()
    {
        var (knowledgeBase, explanation) = ExplainWithRule();

        var text = ExplanationText.Write(explanation, knowledgeBase);

        Assert.Contains("status-seen → inferred failure-status (status=401)", text, StringComparison.Ordinal);
        Assert.Contains("status-seen → inferred failure-status (status=503)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainJson_TwoFiringsWithDifferentValues_EachConcludesItsOwn()
    {
        var (knowledgeBase, explanation) = ExplainWithRule();

        using var json = JsonDocument.Parse(ExplanationJson.Serialize(explanation, knowledgeBase));

        var concludes = json.RootElement.GetProperty("fired").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "status-seen")
            .Select(f => f.GetProperty("concludes").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["inferred failure-status (status=401)", "inferred failure-status (status=503)"], concludes);
    }

    private static (KnowledgeBase KnowledgeBase, Inference.Explain.Explanation Explanation) ExplainWithRule()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        File.WriteAllText(Path.Combine(rules, "status-seen.yaml"), StatusRule);
        var loaded = KnowledgeBaseLoader.Load(rules, RepositoryPaths.Kb);
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        var explanation = loaded.KnowledgeBase.Explain([new TicketInput("ticket.txt", Ticket)], new DiagnoseOptions(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero)));
        return (loaded.KnowledgeBase, explanation);
    }
}
