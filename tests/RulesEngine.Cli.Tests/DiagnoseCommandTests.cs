using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage diagnose</c>: formats, the JSON contract, inputs and exit codes.</summary>
public sealed class DiagnoseCommandTests
{
    private static readonly string[] SeedFiles = [Sample("ticket.txt"), Sample("trace.log"), Sample("service-key.json")];

    [Fact]
    public void Diagnose_SeedSamples_PrintsConfirmedDiagnosisWithPartnerPackages()
    {
        var (exit, output, error) = Run(["diagnose", .. SeedFiles]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("[3474524] — confirmed", output, StringComparison.Ordinal);
        Assert.Contains("WFStoSFECPayrollIntegration", output, StringComparison.Ordinal);
        Assert.Contains("SAPSuccessFactorsEmployeeCentraltoWorkForceSoftwareSuiteIntegrationExtension", output, StringComparison.Ordinal);
        Assert.Contains("SAPSuccessFactorsEmployeeCentralIntegrationwithWorkForceSoftwareSuite", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_Json_FollowsTheContract()
    {
        var (exit, output, _) = Run(["diagnose", "--format", "json", "--now", "2026-11-28T10:30:00Z", .. SeedFiles]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["revision", "now", "partial", "cuts", "findings", "yielded", "questions", "open_questions", "facts", "facts_total", "facts_omitted"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-28T10:30:00+00:00", root.GetProperty("now").GetString());
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.Equal(0, root.GetProperty("cuts").GetArrayLength());
        Assert.Equal(root.GetProperty("facts").GetArrayLength(), root.GetProperty("facts_total").GetInt32());
        Assert.Equal(0, root.GetProperty("facts_omitted").GetInt32());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(0, finding.GetProperty("more_evidence").GetInt32());
        Assert.True(finding.GetProperty("matches").GetInt32() >= 1);
        Assert.Equal("3474524", finding.GetProperty("article").GetString());
        Assert.Equal("confirmed", finding.GetProperty("status").GetString());
        Assert.Equal(0.95, finding.GetProperty("confidence").GetDouble());
        Assert.Equal("wfs-client-certificate", finding.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("title").GetString()));
        Assert.StartsWith("## What this ticket shows", finding.GetProperty("resolution").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, finding.GetProperty("questions").ValueKind);
        var evidence = finding.GetProperty("evidence")[0];
        Assert.Equal(["input", "line", "column", "text"], evidence.EnumerateObject().Select(p => p.Name));
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f => f.GetProperty("kind").GetString() == "certificate");
    }

    [Fact]
    public void Diagnose_Json_CarriesNoSecretFromTheServiceKey()
    {
        var serviceKey = File.ReadAllText(Sample("service-key.json"));
        using var key = JsonDocument.Parse(serviceKey);
        var secret = key.RootElement.GetProperty("oauth").GetProperty("clientsecret").GetString()!;
        var privateKeyLine = key.RootElement.GetProperty("oauth").GetProperty("key").GetString()!.Split('\n')[1];

        foreach (var format in new[] { "json", "text", "markdown" })
        {
            var (_, output, error) = Run(["diagnose", "--format", format, .. SeedFiles]);
            Assert.DoesNotContain(secret, output + error, StringComparison.Ordinal);
            Assert.DoesNotContain(privateKeyLine, output + error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagnose_StandardInput_IsOneOfTheInputs()
    {
        var ticket = File.ReadAllText(Sample("ticket.txt"));

        var (exit, output, _) = Run(["diagnose", "--format", "json", "-"], ticket);

        Assert.Equal(0, exit);
        Assert.Contains("\"input\": \"stdin\"", output, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"suspected\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_Utf16WithBom_IsDecoded()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(Sample("ticket.txt"));
        var file = folder.Write("ticket-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var (exit, output, _) = Run(["diagnose", file]);

        Assert.Equal(0, exit);
        Assert.Contains("[3474524] — suspected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_Utf16WithoutBom_IsDecoded()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ticket-utf16.txt", Encoding.Unicode.GetBytes(File.ReadAllText(Sample("ticket.txt"))));

        var (exit, output, _) = Run(["diagnose", file]);

        Assert.Equal(0, exit);
        Assert.Contains("[3474524] — suspected", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0, 1, 2, 3, 255, 254, 0, 0, 137, 80, 78, 71 })]
    public void Diagnose_EmptyOrBinaryInput_ExitsZeroWithoutFindings(byte[] content)
    {
        using var folder = new TempFolder();
        var file = folder.Write("input.bin", content);

        var (exit, output, _) = Run(["diagnose", "--format", "json", file]);

        Assert.Equal(0, exit);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Diagnose_MissingFile_ExitsFourNamingIt()
    {
        var (exit, output, error) = Run(["diagnose", "no-such-ticket.txt"]);

        Assert.Equal(4, exit);
        Assert.Equal("", output);
        Assert.Contains("no-such-ticket.txt", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ticket.txt")]
    [InlineData("-")]
    public void Diagnose_InputOverTheLimit_ExitsFourNamingIt(string name)
    {
        using var folder = new TempFolder();
        var big = new string('x', 1_200_000);
        var file = name == "-" ? "-" : folder.Write(name, big);

        var (exit, output, error) = Run(["diagnose", "--max-input-mb", "1", file], big);

        Assert.Equal(4, exit);
        Assert.Equal("", output);
        Assert.Contains(name == "-" ? "'stdin'" : "'ticket.txt'", error, StringComparison.Ordinal);
        Assert.Contains("limit", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diagnose", "--format", "yaml", "x.txt")]
    [InlineData("diagnose")]
    [InlineData("frobnicate")]
    public void Run_BadCommandLine_ExitsTwoWithNothingOnStandardOutput(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("triage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_InvalidKnowledgeBase_ExitsThreeWithPositions()
    {
        using var folder = new TempFolder();
        folder.Write("rules/broken.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-eror: {}\n");
        folder.CopyFrom(RepositoryPaths.Kb, "kb");

        var (exit, _, error) = Run(["diagnose", "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), Sample("ticket.txt")]);

        Assert.Equal(3, exit);
        Assert.Contains("broken.yaml(5,9): error RE2004: unknown fact kind 'http-eror'.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diagnose")]
    [InlineData("explain")]
    public void Diagnose_InvalidKnowledgeBaseAndMissingInput_TheKnowledgeBaseIsReported(string command)
    {
        // Inputs are read while the knowledge base loads: a broken knowledge base is still the error reported.
        using var folder = new TempFolder();
        folder.Write("rules/broken.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-eror: {}\n");
        folder.CopyFrom(RepositoryPaths.Kb, "kb");

        var (exit, _, error) = Run([command, "--rules", Path.Combine(folder.Root, "rules"), "--kb", Path.Combine(folder.Root, "kb"), "no-such-ticket.txt"]);

        Assert.Equal(3, exit);
        Assert.Contains("error RE2004", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-ticket.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_FromAnotherFolder_UsesTheKnowledgeBaseShippedBesideTheBinary()
    {
        using var folder = new TempFolder();
        File.Copy(Sample("ticket.txt"), Path.Combine(folder.Root, "ticket.txt"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "triage.dll"), "diagnose", "ticket.txt"])
        {
            WorkingDirectory = folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("[3474524] — suspected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SeedTicket_PrintsTheMissingTraceLineAndItsQuestion()
    {
        var (exit, output, _) = Run(["explain", Sample("ticket.txt")]);

        Assert.Equal(0, exit);
        Assert.Contains("NEARLY MATCHED", output, StringComparison.Ordinal);
        Assert.Contains("[missing] confirm log-entry:", output, StringComparison.Ordinal);
        Assert.Contains("ask: In Cloud Integration, open Monitor > Message Processing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_IsTheDiagnosisContractPlusTheTrace()
    {
        var (exit, output, _) = Run(["explain", "--format", "json", Sample("ticket.txt")]);

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["revision", "now", "partial", "cuts", "findings", "yielded", "questions", "open_questions", "facts", "facts_total", "facts_omitted", "fired", "rules"], root.EnumerateObject().Select(p => p.Name));
    }
}
