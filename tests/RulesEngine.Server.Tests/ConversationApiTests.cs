using System.Net;
using System.Text.Json;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>A chatbot's conversation over <c>POST /v1/diagnose</c> against the shipped knowledge base on Kestrel: the
/// ticket makes 3474524 suspected with the open question wfs-trace-line; the customer's yes confirms it, a no excludes
/// it and the next causes (the inbound 401 family) are shown. Each turn is stateless: it sends the ticket and the
/// answers so far.</summary>
public sealed class ConversationApiTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private RunningServer Server => fixture.Server;

    [Fact]
    public async Task Diagnose_ThreeTurns_SuspectedThenConfirmedByYesOrExcludedByNo()
    {
        // Turn 1: the ticket alone. The seed cause is suspected and asks its question with an id and its options.
        var (first, turn1) = await Server.PostAsync("v1/diagnose", Body(answers: null));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var top = turn1.GetProperty("findings")[0];
        Assert.Equal(("3474524", "suspected"), (top.GetProperty("article").GetString(), top.GetProperty("status").GetString()));
        var question = turn1.GetProperty("open_questions")[0];
        Assert.Equal("wfs-trace-line", question.GetProperty("id").GetString());
        Assert.Equal("yes-no", question.GetProperty("answer").GetString());
        Assert.Equal(["yes", "no"], question.GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(question.GetProperty("text").GetString(), turn1.GetProperty("questions")[0].GetString());

        // Turn 2a: "yes, the trace log shows that line" confirms it, with the answer as evidence, and nothing is left to ask it.
        var (second, yes) = await Server.PostAsync("v1/diagnose", Body(new() { ["wfs-trace-line"] = "yes" }));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var confirmed = yes.GetProperty("findings")[0];
        Assert.Equal(("3474524", "confirmed"), (confirmed.GetProperty("article").GetString(), confirmed.GetProperty("status").GetString()));
        Assert.Contains(confirmed.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("input").GetString() == "answers"
            && e.GetProperty("text").GetString()!.StartsWith("answered by the customer", StringComparison.Ordinal));
        Assert.DoesNotContain(yes.GetProperty("open_questions").EnumerateArray(), q => q.GetProperty("id").GetString() == "wfs-trace-line");

        // Turn 2b: "no" excludes the seed cause, its family guess included; the family's other causes come next.
        var (third, no) = await Server.PostAsync("v1/diagnose", Body(new() { ["wfs-trace-line"] = "no" }));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var findings = no.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.DoesNotContain(findings, f => f.GetProperty("article").GetString() == "3474524");
        Assert.Contains(findings, f => (f.GetProperty("family").GetString(), f.GetProperty("article").GetString()) == ("cpi-inbound-401", "3224701"));
        Assert.DoesNotContain(no.GetProperty("open_questions").EnumerateArray(), q => q.GetProperty("id").GetString() == "wfs-trace-line");
    }

    [Theory]
    [InlineData("wfs-trace-lin", "yes", "unknown question 'wfs-trace-lin'")]
    [InlineData("wfs-trace-line", "maybe", "not one of: yes, no")]
    public async Task Diagnose_AnswerTheKnowledgeBaseDoesNotTake_Is400NamingIt(string id, string value, string expected)
    {
        var (response, problem) = await Server.PostAsync("v1/diagnose", Body(new() { [id] = value }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors").GetProperty("answers." + id);
        Assert.Contains(expected, errors[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_AnswerNull_Is400NamingTheQuestion()
    {
        var body = JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs("ticket.txt"), answers = new Dictionary<string, string?> { ["wfs-trace-line"] = null } });

        var (response, problem) = await Server.PostAsync("v1/diagnose", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not one of: yes, no", problem.GetProperty("errors").GetProperty("answers.wfs-trace-line")[0].GetString(), StringComparison.Ordinal);
    }

    private static string Body(Dictionary<string, string>? answers) =>
        JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs("ticket.txt"), now = "2026-11-28T10:30:00Z", answers });
}
