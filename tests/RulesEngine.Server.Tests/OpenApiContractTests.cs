using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>The served OpenAPI document against the server's real behaviour: every response of real tickets validates
/// against the schema the document gives for it (with <c>additionalProperties: false</c>, a field the document does not
/// describe fails), and every operation names its id, security and statuses.</summary>
public sealed class OpenApiContractTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private static readonly string[] KeyedStatuses = ["401", "429", "500"];
    private static readonly string[] DiagnosisStatuses = ["200", "400", "413", "503", "504"];
    private static readonly string[] BatchStatuses = ["200", "413", "415", "503"];

    private RunningServer Server => fixture.Server;

    /// <summary>Tickets whose reports between them fill every list of the report (findings confirmed, suspected and
    /// family fallbacks, yielded, questions, cuts, facts) and one that finds nothing.</summary>
    public static TheoryData<string, string> Tickets() => new()
    {
        { "seed", SeedTicket.Body() },
        { "ticket only", SeedTicket.Body("ticket.txt") },
        { "family fallback", """{"inputs":[{"name":"ticket.txt","content":"Our WMS calls https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/wms/orders and gets HTTP 401 Unauthorized."}]}""" },
        { "repeated log", JsonSerializer.Serialize(new { inputs = new[] { new { name = "trace.log", content = string.Concat(Enumerable.Repeat(SeedTrace, 3)) } } }) },
        { "nothing known", """{"inputs":[{"name":"ticket.txt","content":"hello, it does not work"}]}""" },
        { "over the fact budget", JsonSerializer.Serialize(new { inputs = new[] { new { name = "trace.log", content = OverBudgetLog() } } }) },
    };

    [Theory]
    [MemberData(nameof(Tickets))]
    public async Task Diagnose_RealTicket_ResponseFitsTheDocumentedSchema(string ticket, string body)
    {
        var document = await ServedOpenApi.ReadAsync(Server);

        var (response, report) = await Server.PostAsync("v1/diagnose", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("#/components/schemas/DiagnoseReport", ResponseSchemaRef(document, "/v1/diagnose", "post", "200", "application/json"));
        var errors = ServedOpenApi.Errors(document.Schema("DiagnoseReport"), report);
        Assert.True(errors.Count == 0, $"{ticket}: {string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(Tickets))]
    public async Task Explain_RealTicket_ResponseFitsTheDocumentedSchema(string ticket, string body)
    {
        var document = await ServedOpenApi.ReadAsync(Server);

        var (response, report) = await Server.PostAsync("v1/explain", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("#/components/schemas/ExplainReport", ResponseSchemaRef(document, "/v1/explain", "post", "200", "application/json"));
        var errors = ServedOpenApi.Errors(document.Schema("ExplainReport"), report);
        Assert.True(errors.Count == 0, $"{ticket}: {string.Join("\n", errors)}");
    }

    [Theory]
    [InlineData("v1/articles", "/v1/articles", "get")]
    [InlineData("v1/articles/3474524", "/v1/articles/{id}", "get")]
    [InlineData("health/live", "/health/live", "get")]
    [InlineData("health/ready", "/health/ready", "get")]
    public async Task Get_RealResponse_FitsTheDocumentedSchema(string url, string path, string method)
    {
        var document = await ServedOpenApi.ReadAsync(Server);

        var (response, body) = await Server.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = ServedOpenApi.Errors(document.Schema(SchemaName(ResponseSchemaRef(document, path, method, "200", "application/json"))), body);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Reports_TheTicketsAbove_FillEveryListTheSchemaChecks()
    {
        // Without items, a list's item schema is never checked: a green run must have seen each kind of item.
        var reports = new List<JsonElement>();
        foreach (var row in Tickets())
        {
            reports.Add((await Server.PostAsync("v1/explain", (string)row[1])).Body);
        }

        foreach (var list in new[] { "cuts", "findings", "yielded", "questions", "facts", "fired", "rules" })
        {
            Assert.True(reports.Any(r => r.GetProperty(list).GetArrayLength() > 0), list);
        }

        var findings = reports.SelectMany(r => r.GetProperty("findings").EnumerateArray()).ToList();
        Assert.Contains(findings, f => f.GetProperty("family").ValueKind == JsonValueKind.String);
        Assert.Contains(findings, f => f.GetProperty("resolution").ValueKind == JsonValueKind.Null);
        Assert.Contains(findings, f => f.GetProperty("questions").GetArrayLength() > 0);
        Assert.Contains(reports.SelectMany(r => r.GetProperty("facts").EnumerateArray()), f => f.TryGetProperty("last_evidence", out _));
    }

    [Fact]
    public async Task Schema_AReportWithAnUndescribedFieldAWrongTypeOrAMissingField_Fails()
    {
        // The validation above is only worth something if it rejects what does not fit.
        var document = await ServedOpenApi.ReadAsync(Server);
        var schema = document.Schema("DiagnoseReport");
        var report = JsonNode.Parse((await Server.PostAsync("v1/diagnose", SeedTicket.Body())).Body.GetRawText())!.AsObject();
        Assert.Empty(ServedOpenApi.Errors(schema, Element(report)));

        Assert.NotEmpty(ServedOpenApi.Errors(schema, Element(Changed(report, r => r["findings"]![0]!.AsObject()["undescribed"] = 1))));
        Assert.NotEmpty(ServedOpenApi.Errors(schema, Element(Changed(report, r => r["partial"] = "no"))));
        Assert.NotEmpty(ServedOpenApi.Errors(schema, Element(Changed(report, r => r.Remove("facts_total")))));
        Assert.NotEmpty(ServedOpenApi.Errors(schema, Element(Changed(report, r => r["findings"]![0]!.AsObject()["status"] = "maybe"))));
    }

    [Fact]
    public async Task Problems_RealErrorResponses_FitTheirDocumentedSchemas()
    {
        var document = await ServedOpenApi.ReadAsync(Server);

        var (invalid, validation) = await Server.PostAsync("v1/diagnose", """{"inputs":[]}""");
        var (missing, notFound) = await Server.GetAsync("v1/articles/no-such-article");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Empty(ServedOpenApi.Errors(document.Schema(SchemaName(ResponseSchemaRef(document, "/v1/diagnose", "post", "400", "application/problem+json"))), validation));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(ServedOpenApi.Errors(document.Schema(SchemaName(ResponseSchemaRef(document, "/v1/articles/{id}", "get", "404", "application/problem+json"))), notFound));
    }

    [Fact]
    public async Task Problems_401_415_400_429_FitTheSchemasTheirOperationsDocument()
    {
        const string key = "contract-test-key";
        await using var server = await RunningServer.StartAsync(null, null, "--Triage:ApiKeyHashes:0", RulesEngine.Server.Security.ApiKeys.Hash(key), "--Triage:RateLimitPermits", "3");
        using var documentRequest = Keyed(HttpMethod.Get, "openapi/v1.json", key);
        var document = await ServedOpenApi.ReadAsync(await server.Client.SendAsync(documentRequest));

        // Without a key; then with it: a batch that is not NDJSON, malformed JSON, and one request over the limit of 3 per window.
        var unauthorized = await server.Client.PostAsync("v1/diagnose", RunningServer.Json(SeedTicket.Body()));
        using var batch = Keyed(HttpMethod.Post, "v1/diagnose/batch", key, RunningServer.Json("{}"));
        var unsupported = await server.Client.SendAsync(batch);
        using var malformed = Keyed(HttpMethod.Post, "v1/diagnose", key, RunningServer.Json("{\"inputs\":"));
        var badRequest = await server.Client.SendAsync(malformed);
        using var first = Keyed(HttpMethod.Get, "v1/articles", key);
        await server.Client.SendAsync(first);
        using var over = Keyed(HttpMethod.Post, "v1/explain", key, RunningServer.Json(SeedTicket.Body()));
        var tooMany = await server.Client.SendAsync(over);

        foreach (var (response, status, path) in new[]
        {
            (unauthorized, HttpStatusCode.Unauthorized, "/v1/diagnose"),
            (unsupported, HttpStatusCode.UnsupportedMediaType, "/v1/diagnose/batch"),
            (badRequest, HttpStatusCode.BadRequest, "/v1/diagnose"),
            (tooMany, HttpStatusCode.TooManyRequests, "/v1/explain"),
        })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var schema = SchemaName(ResponseSchemaRef(document, path, "post", ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), "application/problem+json"));
            var errors = ServedOpenApi.Errors(document.Schema(schema), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
            Assert.True(errors.Count == 0, $"{status}: {string.Join("\n", errors)}");
        }
    }

    [Fact]
    public async Task RequestExample_FitsTheRequestSchemaAndIsDiagnosed()
    {
        var document = await ServedOpenApi.ReadAsync(Server);
        var content = document.Document.GetProperty("paths").GetProperty("/v1/diagnose").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json");

        var example = content.GetProperty("example");
        var (response, report) = await Server.PostAsync("v1/diagnose", example.GetRawText());

        Assert.Empty(ServedOpenApi.Errors(document.Schema("TicketRequest"), example));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3474524", report.GetProperty("findings")[0].GetProperty("article").GetString());
        // now is optional: a request without it fits the schema too.
        Assert.Empty(ServedOpenApi.Errors(document.Schema("TicketRequest"), JsonDocument.Parse("""{"inputs":[{"name":"a","content":"b"}]}""").RootElement));
    }

    [Fact]
    public async Task Operations_Each_HasAnIdASummaryADescriptionAndItsStatuses()
    {
        var document = await ServedOpenApi.ReadAsync(Server);
        var schemes = document.Document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (schemes.GetProperty("apiKey").GetProperty("type").GetString(), schemes.GetProperty("apiKey").GetProperty("in").GetString(), schemes.GetProperty("apiKey").GetProperty("name").GetString()));
        Assert.Equal(("http", "bearer"), (schemes.GetProperty("bearer").GetProperty("type").GetString(), schemes.GetProperty("bearer").GetProperty("scheme").GetString()));

        var operations = document.Operations().ToList();
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Distinct().Count());
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), where);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), where);
            var statuses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            var security = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
            // The same rule as ApiKeyMiddleware's: /health is open, everything else needs a key.
            if (path.StartsWith("/health", StringComparison.Ordinal))
            {
                Assert.Empty(security);
            }
            else
            {
                Assert.Equal(["apiKey", "bearer"], security);
                Assert.All(KeyedStatuses, s => Assert.Contains(s, statuses));
                Assert.True(operation.GetProperty("responses").GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _), where);
            }

            // Errors are problem details; the one exception is readiness's 503, which is the readiness report itself.
            foreach (var status in statuses.Where(s => s[0] is '4' or '5'))
            {
                var content = operation.GetProperty("responses").GetProperty(status).GetProperty("content");
                var mediaType = path == "/health/ready" && status == "503" ? "application/json" : "application/problem+json";
                Assert.True(content.TryGetProperty(mediaType, out _), $"{where} {status}");
            }
        }

        foreach (var path in new[] { "/v1/diagnose", "/v1/explain" })
        {
            var statuses = document.Document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name);
            Assert.Superset(DiagnosisStatuses.ToHashSet(), statuses.ToHashSet());
        }

        var batch = document.Document.GetProperty("paths").GetProperty("/v1/diagnose/batch").GetProperty("post").GetProperty("responses");
        Assert.All(BatchStatuses, s => Assert.True(batch.TryGetProperty(s, out _), s));
    }

    private static string SeedTrace => File.ReadAllText(Path.Combine(RulesEngine.Core.Tests.Support.RepositoryPaths.Samples, "seed", "trace.log"));

    private static string OverBudgetLog() =>
        string.Concat(Enumerable.Range(0, 10_020).Select(i => $"2026-11-28 10:15:{i % 60:00}.000 ERROR [exec-1] com.sap.it.Component{i} - step failed\n"));

    private static string ResponseSchemaRef(ServedOpenApi document, string path, string method, string status, string mediaType) =>
        document.Document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status)
            .GetProperty("content").GetProperty(mediaType).GetProperty("schema").GetProperty("$ref").GetString()!;

    private static string SchemaName(string reference) => reference["#/components/schemas/".Length..];

    private static JsonObject Changed(JsonObject report, Action<JsonObject> change)
    {
        var copy = report.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    private static HttpRequestMessage Keyed(HttpMethod method, string path, string key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
