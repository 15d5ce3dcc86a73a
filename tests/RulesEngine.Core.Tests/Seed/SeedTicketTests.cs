using RulesEngine.Core.Inference;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Core.Tests.Seed.SeedTickets;

namespace RulesEngine.Core.Tests.Seed;

/// <summary>The reference case, KBA 3474524, end to end on the shipped knowledge base.</summary>
public sealed class SeedTicketTests
{
    private static readonly string[] PartnerPackages =
    [
        "SAPSuccessFactorsEmployeeCentralIntegrationwithWorkForceSoftwareSuite",
        "WFStoSFECPayrollIntegration",
        "SAPSuccessFactorsEmployeeCentraltoWorkForceSoftwareSuiteIntegrationExtension",
    ];

    [Fact]
    public void Diagnose_401WithAffectedPackage_SuspectedWithTheTraceLogQuestion()
    {
        // Act
        var diagnosis = SeedKnowledgeBase.Diagnose(Ticket());

        // Assert
        var top = diagnosis.Findings[0];
        Assert.Equal(("3474524", FindingStatus.Suspected, 0.6), (top.Finding.Article, top.Finding.Status, top.Finding.Confidence));
        Assert.Contains(diagnosis.Questions, q => q.Contains("Trace Log", StringComparison.Ordinal) && q.Contains("Client certificate:", StringComparison.Ordinal));
        Assert.Contains(top.Finding.Evidence, e => e.Input == "ticket.txt" && e.Line == 6);
        Assert.NotNull(top.Resolution);
        Assert.All(PartnerPackages, id => Assert.Contains($"https://api.sap.com/package/{id}/integrationflow", top.Resolution, StringComparison.Ordinal));
        Assert.DoesNotContain("Compared for this ticket", top.Resolution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Packaged Integration SF EC to WFS - Custom Mapping")]
    [InlineData("Packaged Integration - WFS to SF EC Payroll")]
    public void Diagnose_OtherAffectedPackages_Suspected(string package)
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(Ticket(package));

        Assert.Equal("3474524", diagnosis.Findings[0].Finding.Article);
    }

    [Fact]
    public void Diagnose_WithTraceLine_Confirmed()
    {
        var presented = Certificate("ec-wfs-client");

        var diagnosis = SeedKnowledgeBase.Diagnose(Ticket(), TraceLog(presented));

        var top = diagnosis.Findings[0];
        Assert.Equal((FindingStatus.Confirmed, 0.95), (top.Finding.Status, top.Finding.Confidence));
        Assert.Empty(diagnosis.Questions);
        Assert.Contains(top.Finding.Evidence, e => e.Input == "trace.log" && e.Line == 2);
        Assert.Contains("The trace log gives the tenant's reason (trace.log, line 2)", top.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_TraceAndServiceKeyCertificatesDiffer_ResolutionShowsBothFingerprints()
    {
        var presented = Certificate("ec-wfs-client-2026");
        var configured = Certificate("ec-wfs-client-2025");

        var diagnosis = SeedKnowledgeBase.Diagnose(Ticket(), TraceLog(presented), ServiceKey(configured));

        var top = diagnosis.Findings[0];
        Assert.Equal(FindingStatus.Confirmed, top.Finding.Status);
        Assert.Contains("the two certificates differ", top.Resolution, StringComparison.Ordinal);
        Assert.Contains(presented.Sha256, top.Resolution, StringComparison.Ordinal);
        Assert.Contains(configured.Sha256, top.Resolution, StringComparison.Ordinal);
        Assert.Contains(top.Finding.Evidence, e => e.Input == "service-key.json");
        var comparison = Assert.Single(diagnosis.Facts.OfType<Facts.InferredFact>());
        Assert.Equal("differ", comparison.Get("verdict"));
    }

    [Fact]
    public void Diagnose_TraceAndServiceKeyCertificatesMatch_ResolutionSaysTheyMatch()
    {
        var certificate = Certificate("ec-wfs-client");

        var diagnosis = SeedKnowledgeBase.Diagnose(Ticket(), TraceLog(certificate), ServiceKey(certificate));

        var top = diagnosis.Findings[0];
        Assert.Contains("the certificates match", top.Resolution, StringComparison.Ordinal);
        Assert.Contains(certificate.Sha256, top.Resolution, StringComparison.Ordinal);
        Assert.DoesNotContain("differ.", top.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_SecretsInServiceKey_AppearNowhereInTheDiagnosis()
    {
        var configured = Certificate("ec-wfs-client-2025");

        var diagnosis = SeedKnowledgeBase.Diagnose(Ticket(), TraceLog(Certificate("x")), ServiceKey(configured));
        var json = Reporting.DiagnosisJson.Serialize(diagnosis, SeedKnowledgeBase.Instance);
        var text = Reporting.DiagnosisText.Write(diagnosis, markdown: true);

        var keyBody = configured.PrivateKeyPem.Split('\n')[1];
        foreach (var output in new[] { json, text })
        {
            Assert.DoesNotContain(ClientSecret, output, StringComparison.Ordinal);
            Assert.DoesNotContain(keyBody, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagnose_401FromUnrelatedPackage_DoesNotConclude3474524()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(
            Ticket("Packaged Integration - SAP SuccessFactors Employee Central to SAP ERP"),
            TraceLog(Certificate("other-client")));

        Assert.DoesNotContain(diagnosis.Findings, f => f.Finding.Article == "3474524");
        Assert.Contains(diagnosis.Facts, f => f is Facts.HttpError { Status: 401 });
    }

    [Fact]
    public void Diagnose_401kInProse_IsNoHttpErrorAndNoFinding()
    {
        var ticket = new TicketInput("ticket.txt", """
            Since the change, the 401(k) contributions in "Packaged Integration - SF EC to WFS" look wrong.
            Employee ID 401 is affected; the job runs on port 401 every night.
            """);

        var diagnosis = SeedKnowledgeBase.Diagnose(ticket);

        Assert.DoesNotContain(diagnosis.Facts, f => f is Facts.HttpError);
        Assert.Empty(diagnosis.Findings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\u0001\u0002\u00ff garbage \0\0\0")]
    [InlineData("just some words, nothing known")]
    public void Diagnose_EmptyOrGarbage_NoFindingsNoError(string content)
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(new TicketInput("garbage.bin", content));

        Assert.Empty(diagnosis.Findings);
    }

    [Fact]
    public void Diagnose_ManyThreadsOneKnowledgeBase_SameAnswers()
    {
        var inputs = new[] { Ticket(), TraceLog(Certificate("a")), ServiceKey(Certificate("b")) };
        var expected = SeedKnowledgeBase.Diagnose(inputs).Findings.Single().Resolution;

        var results = new string?[32];
        Parallel.For(0, results.Length, i => results[i] = SeedKnowledgeBase.Diagnose(inputs).Findings.Single().Resolution);

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
