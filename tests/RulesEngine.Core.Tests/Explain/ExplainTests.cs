using RulesEngine.Core.Inference.Explain;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Seed;
using static RulesEngine.Core.Tests.Seed.SeedTickets;

namespace RulesEngine.Core.Tests.Explain;

/// <summary>Explain traces: rules fired with their facts, inferred facts with their rule, and near misses with questions.</summary>
public sealed class ExplainTests
{
    private static Explanation Explain(params TicketInput[] inputs) =>
        SeedKnowledgeBase.Instance.Explain(inputs, new DiagnoseOptions(SeedKnowledgeBase.Now));

    [Fact]
    public void Explain_SeedWithoutTraceLog_SuspectedWithTheTraceLineMissingAndItsQuestion()
    {
        // Act
        var explanation = Explain(Ticket());

        // Assert
        // The stated variant (wfs-client-certificate-stated) nearly matches too: it lacks a stated comparison.
        var trace = Assert.Single(explanation.NearMisses, r => r.Rule.Id.Value == "wfs-client-certificate");
        Assert.Equal(RuleOutcome.Suspected, trace.Outcome);
        Assert.All(trace.Conditions.Where(c => c.Section == "when"), c => Assert.True(c.Held));
        var traceLine = Assert.Single(trace.Conditions, c => c.Text.Contains("The client certificate is not configured", StringComparison.Ordinal));
        Assert.False(traceLine.Held);
        Assert.Contains(traceLine.Ask, q => q.Contains("Trace Log", StringComparison.Ordinal));
        Assert.Equal(("when", true), (trace.Conditions[0].Section, trace.Conditions[0].Evidence.Any(e => e.Input == "ticket.txt" && e.Line == 6)));
    }

    [Fact]
    public void Explain_DifferentCertificates_ShowsTheInferredFactAndItsRuleBeforeTheConfirmedFinding()
    {
        var explanation = Explain(Ticket(), TraceLog(Certificate("a")), ServiceKey(Certificate("b")));

        // Partitions fire one after another: what matters is that the inference comes before the finding resting on it.
        var fired = explanation.Diagnosis.Fired.Select(f => f.Rule.Name).Distinct().ToList();
        Assert.InRange(fired.IndexOf("wfs-client-certificate-differs"), 0, fired.IndexOf("wfs-client-certificate#confirmed") - 1);
        var inferring = explanation.Diagnosis.Fired.First(f => f.Rule.Name == "wfs-client-certificate-differs");
        Assert.Equal(["presented", "configured"], inferring.Facts.Select(f => f.Binding));
        Assert.DoesNotContain(explanation.NearMisses, r => r.Rule.Id.Value == "wfs-client-certificate");
        // Neither certificate is only stated, so the stated variant misses its comparison and the found one confirms.
        var stated = Assert.Single(explanation.NearMisses, r => r.Article == "3474524");
        Assert.Equal("wfs-client-certificate-stated", stated.Rule.Id.Value);
        Assert.False(stated.Conditions.Last(c => c.Section == "when").Held);
        var matches = Assert.Single(explanation.NearMisses, r => r.Rule.Id.Value == "wfs-client-certificate-matches");
        Assert.Equal([true, false], matches.Conditions.Select(c => c.Held));
    }

    [Fact]
    public void Write_Text_ListsFactsFiredRulesAndNearMisses()
    {
        var text = ExplanationText.Write(Explain(Ticket()), SeedKnowledgeBase.Instance);

        Assert.Contains("FACTS", text, StringComparison.Ordinal);
        Assert.Contains("  http-error  status=401 reason=Unauthorized", text, StringComparison.Ordinal);
        Assert.Contains("1. wfs-client-certificate → 3474524 suspected", text, StringComparison.Ordinal);
        Assert.Contains("[missing] confirm log-entry: { message: { contains: \"The client certificate is not configured in a service key\" } }", text, StringComparison.Ordinal);
        Assert.Contains("ask: In Cloud Integration, open Monitor > Message Processing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Json_HasFiredAndRules()
    {
        var json = System.Text.Json.JsonDocument.Parse(ExplanationJson.Serialize(Explain(Ticket()), SeedKnowledgeBase.Instance)).RootElement;

        Assert.Equal("wfs-client-certificate", json.GetProperty("fired")[0].GetProperty("rule").GetString());
        var rule = json.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "wfs-client-certificate");
        Assert.Equal("suspected", rule.GetProperty("outcome").GetString());
        Assert.Contains(rule.GetProperty("conditions").EnumerateArray(), c => !c.GetProperty("held").GetBoolean() && c.GetProperty("ask").GetArrayLength() == 1);
    }
}
