using RulesEngine.Core.Extraction;
using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Hostile;

/// <summary>Each hostile case, at 256 Ki characters, on the shipped knowledge base: the diagnosis ends inside its
/// budgets (or the ticket is refused with the documented error), the planted secret is in no output, and the budgets
/// say what they cut.</summary>
public sealed class HostileInputTests
{
    private const int Size = 256 * 1024;

    public static TheoryData<string> Diagnosable => [.. HostileCorpus.Cases.Where(c => c.Name != "many-inputs").Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Diagnosable))]
    public void Diagnose_HostileCase_EndsWithinTheBudgetAndLeaksNoSecret(string name)
    {
        var inputs = HostileCorpus.Case(name).Make(Size);
        Assert.Contains(inputs, i => i.Content.Contains(HostileCorpus.Secret, StringComparison.Ordinal));

        // The default budget: a case that ran past it would throw DiagnosisTimeoutException here.
        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(inputs, new DiagnoseOptions(SeedKnowledgeBase.Now));
        var explanation = SeedKnowledgeBase.Instance.Explain(diagnosis);

        // Every article renders (a 50 MB log once failed to: RE3003); the mixed log has findings to render.
        Assert.True(name != "mixed-log" || diagnosis.Findings.Count >= 3, $"{diagnosis.Findings.Count} findings");
        Assert.All(diagnosis.Findings, f => Assert.Empty(f.RenderDiagnostics));

        // The secret line is evidence: a leak test on output that never quotes it would be a false green.
        Assert.Contains(diagnosis.Facts, f => f.Evidence.Text.Contains("client_secret=***", StringComparison.Ordinal));
        foreach (var (format, text) in new[]
        {
            ("JSON", DiagnosisJson.Serialize(diagnosis, SeedKnowledgeBase.Instance, allFacts: true)),
            ("text", DiagnosisText.Write(diagnosis, markdown: false)),
            ("Markdown", DiagnosisText.Write(diagnosis, markdown: true)),
            ("explain", ExplanationText.Write(explanation, SeedKnowledgeBase.Instance)),
            ("explain JSON", ExplanationJson.Serialize(explanation, SeedKnowledgeBase.Instance)),
        })
        {
            Assert.DoesNotContain(HostileCorpus.Secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagnose_MoreInputsThanATicketMayHave_Refused()
    {
        var inputs = HostileCorpus.Case("many-inputs").Make(Size);

        var error = Assert.Throws<InputTooLargeException>(() => SeedKnowledgeBase.Instance.Diagnose(inputs, new DiagnoseOptions(SeedKnowledgeBase.Now)));

        Assert.DoesNotContain(HostileCorpus.Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_OneKeywordRepeatedOnALine_ReadsItsBudgetAndSaysWhatItSkipped()
    {
        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(HostileCorpus.Case("code-one-line").Make(Size), new DiagnoseOptions(SeedKnowledgeBase.Now));

        // The error-code extractor finds SuccessFactors codes by their prefix.
        var cut = Assert.Single(diagnosis.Cuts, c => c.Keyword == "LGN");
        Assert.Equal((FactBudgetCut.KeywordHitKind, HitBudget.PerLine), (cut.Kind, cut.Kept));
        Assert.Equal(Size / "LGN0010 ".Length - HitBudget.PerLine, cut.Dropped);
        Assert.Equal(("hostile.log", 1), (cut.FirstDropped.Input, cut.FirstDropped.Line));
        Assert.Equal(HitBudget.PerLine * "LGN0010 ".Length + 1, cut.FirstDropped.Column);
        Assert.Contains("more occurrences of 'LGN' than its budget (64 on one line", cut.Message, StringComparison.Ordinal);
        Assert.True(diagnosis.IsPartial);
    }

    [Fact]
    public void Diagnose_ShortLinesEachWithTheKeyword_NotCutByTheLineBudget()
    {
        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(HostileCorpus.Case("short-401-lines").Make(Size), new DiagnoseOptions(SeedKnowledgeBase.Now));

        Assert.Empty(diagnosis.Cuts);
        var error = Assert.Single(diagnosis.Facts.OfType<HttpError>(), e => e.Reason == "Unauthorized" && e.Evidence.Input == "hostile.log" && e.Count > 1);
        var lines = (Size + "HTTP 401 Unauthorized\n".Length - 1) / "HTTP 401 Unauthorized\n".Length;
        Assert.Equal(lines + 1, error.Count); // and the secret line's 401
    }

    [Fact]
    public void Diagnose_CommonKeywordOnEveryLineOfALargeLog_NotCutByTheInputBudget()
    {
        // 300,000 records naming 'http' and '[' (a 50 MB log has about 400,000): more than a small budget would read.
        var log = string.Concat(Enumerable.Repeat("2026-11-28 10:15:02.000 INFO [http-nio-8080-exec-1] org.apache.http.wire - ok\n", 300_000));

        var diagnosis = SeedKnowledgeBase.Instance.Diagnose([new TicketInput("trace.log", log)], new DiagnoseOptions(SeedKnowledgeBase.Now));

        Assert.Empty(diagnosis.Cuts);
        Assert.Equal(300_000, Assert.Single(diagnosis.Facts.OfType<LogEntry>()).Count);
    }

    [Fact]
    public void Diagnose_HugeRsaKeys_CertificatesReadWithAWarningAndNoSignatureCheck()
    {
        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(HostileCorpus.Case("huge-rsa-certificates").Make(3 * HugeKeyCertificates.PemLength), new DiagnoseOptions(SeedKnowledgeBase.Now));

        var certificates = diagnosis.Facts.OfType<Certificate>().ToList();
        Assert.Equal(3, certificates.Count);
        Assert.All(certificates, c =>
        {
            Assert.Equal("the RSA key has 16,384 bits, over 8,192: the signature was not checked", c.KeyWarning);
            Assert.False(c.SelfSigned);
            Assert.StartsWith("CN=hostile-", c.Subject, StringComparison.Ordinal);
        });
    }
}
