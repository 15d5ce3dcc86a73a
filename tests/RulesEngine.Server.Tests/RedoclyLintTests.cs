using System.Text.Json;
using System.Text.Json.Nodes;
using RulesEngine.Core.Tests.Support;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>An independent validator, <c>redocly lint</c> (pinned in Node/package.json), on the document the server
/// serves: no error and no warning under the recommended rules (Node/redocly.yaml says which are off and why).</summary>
public sealed class RedoclyLintTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    [SkippableFact]
    public async Task Lint_ServedDocument_HasNoErrorAndNoWarning()
    {
        using var folder = new TempFolder();
        var document = folder.Write("openapi.json", (await fixture.Server.GetAsync("openapi/v1.json")).Body.GetRawText());

        var (totals, problems) = await LintAsync(document);

        Assert.True(totals == (0, 0), $"redocly lint: {totals.Errors} errors, {totals.Warnings} warnings:\n{problems}");
    }

    [SkippableFact]
    public async Task Lint_DocumentWithoutSecuritySchemes_Fails()
    {
        // The lint above is worth something only if the tool really reads the file: a document whose security
        // requirements name no scheme must fail it.
        using var folder = new TempFolder();
        var served = JsonNode.Parse((await fixture.Server.GetAsync("openapi/v1.json")).Body.GetRawText())!.AsObject();
        served["components"]!.AsObject().Remove("securitySchemes");
        var document = folder.Write("openapi.json", served.ToJsonString());

        var (totals, _) = await LintAsync(document);

        Assert.True(totals.Errors > 0);
    }

    private static async Task<((int Errors, int Warnings) Totals, string Problems)> LintAsync(string document)
    {
        var (exit, output, error) = await NodeTools.RunAsync("redocly", "lint", document, "--config", "redocly.yaml", "--format", "json");
        Assert.True(output.TrimStart().StartsWith('{'), $"redocly lint exited {exit} without a JSON report:\n{output}\n{error}");
        using var report = JsonDocument.Parse(output);
        var totals = report.RootElement.GetProperty("totals");
        var problems = string.Join("\n", report.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}"));
        Assert.Equal(totals.GetProperty("errors").GetInt32() > 0 ? 1 : 0, exit);
        return ((totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32()), problems);
    }
}
