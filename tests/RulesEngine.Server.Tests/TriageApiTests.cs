using System.Net;
using System.Text.Json;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

public sealed class TriageApiTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private RunningServer Server => fixture.Server;

    [Fact]
    public async Task Diagnose_SeedTicket_Confirms3474524WithAChatAnswer()
    {
        var (response, body) = await Server.PostAsync("v1/diagnose", SeedTicket.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = body.GetProperty("answer").GetString()!;
        Assert.Contains("3474524", answer, StringComparison.Ordinal);
        Assert.Contains("**Likely cause:**", answer, StringComparison.Ordinal);
        Assert.Contains("**Step 4 applies:**", answer, StringComparison.Ordinal);
        var top = body.GetProperty("findings")[0];
        Assert.Equal("3474524", top.GetProperty("article").GetString());
        Assert.Equal("confirmed", top.GetProperty("status").GetString());
        Assert.Contains("step 4 applies", top.GetProperty("resolution").GetString(), StringComparison.Ordinal);
        // The same contract as `triage diagnose --format json`, plus the answer.
        Assert.Equal(["answer", "revision", "now", "partial", "cuts", "findings", "yielded", "questions", "open_questions", "facts", "facts_total", "facts_omitted"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-28T10:30:00+00:00", body.GetProperty("now").GetString());
        Assert.DoesNotContain(SeedTicket.ClientSecret, body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_TicketTextOnly_SuspectsAndAsksTheQuestion()
    {
        var (response, body) = await Server.PostAsync("v1/diagnose", SeedTicket.Body("ticket.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("suspected", body.GetProperty("findings")[0].GetProperty("status").GetString());
        var answer = body.GetProperty("answer").GetString()!;
        Assert.Contains("**To be sure:**", answer, StringComparison.Ordinal);
        Assert.Contains(body.GetProperty("questions")[0].GetString()!, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_A401IntoTheTenantNoRuleFits_NamesTheFamilysCausesAndAsksWhatSeparatesThem()
    {
        var (response, body) = await Server.PostAsync("v1/diagnose", """{"inputs":[{"name":"ticket.txt","content":"Our WMS calls https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wms/orders and gets HTTP 401 Unauthorized."}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(7, findings.Count);
        Assert.All(findings, f => Assert.Equal(("cpi-inbound-401", "suspected", JsonValueKind.Null), (f.GetProperty("family").GetString(), f.GetProperty("status").GetString(), f.GetProperty("resolution").ValueKind)));
        var answer = body.GetProperty("answer").GetString()!;
        Assert.StartsWith("**Possible causes** (no known cause fits this ticket fully yet):", answer, StringComparison.Ordinal);
        Assert.Contains("(article 3474524)", answer, StringComparison.Ordinal);
        Assert.Contains("**To tell them apart:** How does the sender authenticate", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_NothingKnown_AnswersWhatToSend()
    {
        var (response, body) = await Server.PostAsync("v1/diagnose", """{"inputs":[{"name":"ticket.txt","content":"hello, it does not work"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetProperty("findings").GetArrayLength());
        Assert.StartsWith("**No known cause matched", body.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_SeedTicket_ReturnsTheTrace()
    {
        var (response, body) = await Server.PostAsync("v1/explain", SeedTicket.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(body.GetProperty("fired").EnumerateArray(), f => f.GetProperty("rule").GetString() == "wfs-client-certificate");
        Assert.Contains(body.GetProperty("rules").EnumerateArray(), r => r.GetProperty("outcome").GetString() is not null);
    }

    [Theory]
    [InlineData("""{"inputs":[""", "$.inputs[0]")]
    [InlineData("""{"inputs":[{"nam":"ticket.txt","content":"x"}]}""", "$.inputs[0].nam")]
    [InlineData("not json at all", "$")]
    public async Task Diagnose_MalformedJson_Is400ProblemWithThePosition(string body, string path)
    {
        var (response, problem) = await Server.PostAsync("v1/diagnose", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(path, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"inputs":[]}""", "inputs")]
    [InlineData("""{"inputs":[{"name":"","content":"x"}]}""", "inputs[0].name")]
    [InlineData("""{"inputs":[{"name":"ticket.txt"}]}""", "inputs[0].content")]
    public async Task Diagnose_InvalidTicket_Is400ValidationProblem(string body, string field)
    {
        var (response, problem) = await Server.PostAsync("v1/diagnose", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Articles_ListAndGet_ReturnTheCatalogAndOneArticle()
    {
        var (list, catalog) = await Server.GetAsync("v1/articles");
        var (one, article) = await Server.GetAsync("v1/articles/3474524");
        var (missing, problem) = await Server.GetAsync("v1/articles/no-such-article");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(catalog.GetProperty("articles").EnumerateArray(), a => a.GetProperty("id").GetString() == "3474524");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("Client Certificate authentication failing in EC to Workforce integration", article.GetProperty("title").GetString());
        Assert.Contains(article.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "wfs-client-certificate");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Health_LiveAndReady_ReportTheRevision()
    {
        var (live, _) = await Server.GetAsync("health/live");
        var (ready, body) = await Server.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{64}$", body.GetProperty("revision").GetString());
        Assert.Equal(0, body.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheEndpoints()
    {
        var (response, document) = await Server.GetAsync("openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/diagnose", "/v1/explain", "/v1/articles", "/v1/articles/{id}", "/health/ready" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        var response = await Server.Client.GetAsync("v2/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Logs_AfterTicketsWithSecrets_HoldNoInputText()
    {
        const string marker = "customer-text-9f1c2b";
        var body = JsonSerializer.Serialize(new { inputs = SeedTicket.Inputs().Append(new { name = "note.txt", content = marker }) });
        await Server.PostAsync("v1/diagnose", body);
        await Server.PostAsync("v1/explain", body);
        await Server.PostAsync("v1/diagnose", "{\"inputs\":[{\"name\":\"x\",\"content\":\"" + marker + "\"");

        var lines = Server.Logs.Lines;
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(marker, StringComparison.Ordinal) || l.Contains(SeedTicket.ClientSecret, StringComparison.Ordinal)
            || l.Contains("BEGIN PRIVATE KEY", StringComparison.Ordinal) || l.Contains("acme-hr", StringComparison.Ordinal));
    }
}
