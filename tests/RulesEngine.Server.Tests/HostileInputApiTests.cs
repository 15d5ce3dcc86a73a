using System.Net;
using System.Text.Json;
using RulesEngine.Core.Tests.Hostile;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>Each hostile case at 1 Mi characters as <c>POST /v1/diagnose</c> on one server: answered (200, or 400 for
/// more inputs than the server takes), with a bounded answer and no planted secret, in the body or the server's log;
/// then the server still answers the seed ticket.</summary>
public sealed class HostileInputApiTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    private const int Size = 1024 * 1024;

    public static TheoryData<string> Cases => [.. HostileCorpus.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_HostileCase_AnsweredWithoutSecretAndTheServerKeepsServing(string name)
    {
        var inputs = HostileCorpus.Case(name).Make(Size).Select(i => new { name = i.Name, content = i.Content }).ToList();
        var body = JsonSerializer.Serialize(new { inputs, now = "2026-11-28T10:30:00Z" });

        var (response, json) = await fixture.Server.PostAsync("v1/diagnose", body);

        var text = json.GetRawText();
        Assert.Equal(name == "many-inputs" ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
        Assert.True(text.Length < 200 * 1024, $"the answer has {text.Length:N0} characters");
        Assert.DoesNotContain(HostileCorpus.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileCorpus.Secret, string.Join("\n", fixture.Server.Logs.Lines), StringComparison.Ordinal);
        var (seed, answer) = await fixture.Server.PostAsync("v1/diagnose", SeedTicket.Body());
        Assert.Equal(HttpStatusCode.OK, seed.StatusCode);
        Assert.Equal("3474524", answer.GetProperty("findings")[0].GetProperty("article").GetString());
    }
}
