using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>An author adds a symptom with a signal in YAML only; the captures reach the rule and the article.</summary>
public sealed class SignalEndToEndTests
{
    private const string Rules = """
        signals:
          - name: sf-unauthorized-ip
            keywords: ["Attempted login from unauthorized ip"]
            regex: 'unauthorized ip (?<ip>\d{1,3}(\.\d{1,3}){3})'
        rules:
          - id: sf-ip-restriction
            article: ip-article
            status: confirmed
            when:
              - signal: { name: sf-unauthorized-ip, ip: { starts-with: "10." } }
                as: attempt
        """;

    private const string Article = """
        ---
        id: ip-article
        title: IP restriction
        product: SAP SuccessFactors
        component: LOD-SF-INT
        source: https://example.com/ip
        ---
        Add {{ bound.attempt.ip }} to the allowed IPs (seen at {{ bound.attempt.evidence.input }} line {{ bound.attempt.evidence.line }}).
        """;

    [Theory]
    [InlineData("Error: Attempted login from unauthorized ip 10.20.30.40 (status code = 8)", "Add 10.20.30.40 to the allowed IPs (seen at t.txt line 2).")]
    [InlineData("Error: ATTEMPTED LOGIN FROM UNAUTHORIZED IP 10.1.2.3", "Add 10.1.2.3 to the allowed IPs (seen at t.txt line 2).")]
    public void Diagnose_SignalWithCapture_ConcludesAndRendersTheCapture(string line, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("rules/ip.yaml", Rules);
        folder.Write("kb/articles/ip-article.md", Article);
        var knowledgeBase = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb")).KnowledgeBase!;

        var diagnosis = knowledgeBase.Diagnose([new TicketInput("t.txt", "The API call fails.\n" + line + "\n")]);

        Assert.Equal(expected, diagnosis.Findings.Single().Resolution?.Trim());
    }

    [Fact]
    public void Diagnose_SignalCaptureNotMatchingTheRule_NoFinding()
    {
        using var folder = new TempFolder();
        folder.Write("rules/ip.yaml", Rules);
        folder.Write("kb/articles/ip-article.md", Article);
        var knowledgeBase = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb")).KnowledgeBase!;

        var diagnosis = knowledgeBase.Diagnose([new TicketInput("t.txt", "Attempted login from unauthorized ip 192.168.1.9")]);

        Assert.Empty(diagnosis.Findings);
        Assert.Contains(diagnosis.Facts, f => f is Facts.Signal { Name: "sf-unauthorized-ip" } s && s.Get("ip") == "192.168.1.9");
    }
}
