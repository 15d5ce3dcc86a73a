using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using static RulesEngine.Core.Tests.Rules.RuleHarness;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>YAML rules compiled into NRules rules behave as their conditions say.</summary>
public sealed class RuleTranslationTests
{
    private static string Rule(string when, string? confirm = null) =>
        "rules:\n  - id: r1\n    article: a1\n    when:\n" + when + (confirm is null ? "" : "    confirm:\n" + confirm);

    [Theory]
    [InlineData("      - http-error: { status: 401 }\n", 401, true)]
    [InlineData("      - http-error: { status: 401 }\n", 403, false)]
    [InlineData("      - http-error: { status: [401, 403] }\n", 403, true)]
    [InlineData("      - http-error: { status: { one-of: [401, 403] } }\n", 500, false)]
    [InlineData("      - http-error: { status: { at-least: 400, less-than: 500 } }\n", 404, true)]
    [InlineData("      - http-error: { status: { at-least: 400, less-than: 500 } }\n", 500, false)]
    [InlineData("      - http-error: { status: { greater-than: 400 } }\n", 400, false)]
    [InlineData("      - http-error: { status: { at-most: 401 } }\n", 401, true)]
    [InlineData("      - http-error: { status: { not-equals: 401 } }\n", 401, false)]
    [InlineData("      - http-error: { any-of: [ { status: 401 }, { status: 403 } ] }\n", 403, true)]
    [InlineData("      - http-error: { not: { status: 401 } }\n", 401, false)]
    public void Fire_NumericConditions_MatchAsWritten(string when, int status, bool fires)
    {
        var factory = Compile(Rule(when), "a1");

        var findings = Findings(factory, Http(status));

        Assert.Equal(fires, findings.Count == 1);
    }

    [Theory]
    [InlineData("{ message: { contains: \"NOT CONFIGURED\" } }", true)]
    [InlineData("{ message: { starts-with: the client } }", true)]
    [InlineData("{ message: { ends-with: \"instance.\" } }", true)]
    [InlineData("{ message: { matches: 'service\\s+key\\b' } }", true)]
    [InlineData("{ message: { matches: '^service' } }", false)]
    [InlineData("{ level: error }", true)]
    [InlineData("{ level: [warn, info] }", false)]
    [InlineData("{ thread: { exists: true } }", true)]
    [InlineData("{ thread: { exists: false } }", false)]
    [InlineData("{ time: { after: 2026-11-28 } }", true)]
    [InlineData("{ time: { before: 2026-11-28 } }", false)]
    public void Fire_TextAndTimeConditions_MatchAsWritten(string fields, bool fires)
    {
        var factory = Compile(Rule($"      - log-entry: {fields}\n"), "a1");

        var findings = Findings(factory, Log("The client certificate is not configured in a service key instance."));

        Assert.Equal(fires, findings.Count == 1);
    }

    [Fact]
    public void Fire_FieldMissing_ExistsFalseMatchesAndOthersDoNotThrow()
    {
        var factory = Compile(Rule("      - http-error: { url: { exists: false }, host: { contains: x } }\n"), "a1");

        Assert.Empty(Findings(factory, Http(401)));
    }

    [Fact]
    public void Fire_JoinOnFingerprints_MatchesOnlyDifferentCertificates()
    {
        var factory = Compile(Rule("""
                  - certificate: { origin: trace-log }
                    as: presented
                  - certificate: { origin: service-key, sha256: { not-equals: $presented.sha256 } }
                    as: configured

            """), "a1");

        Assert.Single(Findings(factory, Cert("AA", "trace-log"), Cert("BB", "service-key", line: 9)));
        Assert.Empty(Findings(factory, Cert("AA", "trace-log"), Cert("AA", "service-key", line: 9)));
    }

    [Fact]
    public void Fire_Confirm_SuspectedWithoutItConfirmedWithIt()
    {
        var yaml = Rule(
            "      - http-error: { status: 401 }\n",
            "      - log-entry: { message: { contains: not configured } }\n") + "    ask: [Is the trace line there?]\n    confidence: { suspected: 0.6, confirmed: 0.95 }\n";
        var factory = Compile(yaml, "a1");

        var suspected = Assert.Single(Findings(factory, Http(401)));
        var both = Findings(factory, Http(401), Log("client certificate is not configured"));

        Assert.Equal((FindingStatus.Suspected, 0.6), (suspected.Status, suspected.Confidence));
        Assert.Equal(["Is the trace line there?"], suspected.Questions.Select(q => q.Text));
        var confirmed = Assert.Single(both, f => f.Status == FindingStatus.Confirmed);
        Assert.Equal(0.95, confirmed.Confidence);
        Assert.Empty(confirmed.Questions);
        Assert.Equal(2, confirmed.Facts.Count);
    }

    [Fact]
    public void Fire_AnyOfAndNotGroups_CombineFacts()
    {
        var factory = Compile(Rule("""
                  - any-of:
                      - http-error: { status: 401 }
                      - log-entry: { message: { contains: unauthorized } }
                  - not:
                      package: { id: excluded }

            """), "a1");

        Assert.Single(Findings(factory, Http(401)));
        Assert.NotEmpty(Findings(factory, Log("answering 401 Unauthorized")));
        Assert.Empty(Findings(factory, Http(401), Package("excluded")));
        Assert.Empty(Findings(factory, Http(500)));
    }

    [Fact]
    public void Fire_InferredFact_ChainsIntoAFindingAndRetractsWithItsCause()
    {
        const string yaml = """
            rules:
              - id: compare
                when:
                  - certificate: { origin: trace-log }
                    as: presented
                  - certificate: { origin: service-key, sha256: { not-equals: $presented.sha256 } }
                    as: configured
                infer:
                  fact: certificate-comparison
                  set: { verdict: differ, presented: $presented, key_sha256: $configured.sha256, weight: 2 }
              - id: conclude
                article: a1
                status: confirmed
                when:
                  - certificate-comparison: { verdict: differ, weight: { at-least: 2 }, presented: { exists: true } }
                    as: comparison
            """;
        var factory = Compile(yaml, "a1");
        var presented = Cert("AA", "trace-log");
        var configured = Cert("BB", "service-key", line: 9);

        var session = Run(factory, presented, configured);
        var inferred = Assert.Single(session.Query<InferredFact>());
        var finding = Assert.Single(session.Query<Finding>());

        Assert.Equal("differ", inferred.Get("verdict"));
        Assert.Equal("BB", inferred.Get("key_sha256"));
        Assert.Equal(2.0, inferred.Get("weight"));
        Assert.Same(presented, inferred.Get("presented"));
        Assert.Equal(("conclude", FindingStatus.Confirmed), (finding.RuleId, finding.Status));

        // Retracting a cause retracts the inferred fact and the finding that rested on it (truth maintenance).
        session.Retract(configured);
        session.Fire();
        Assert.Empty(session.Query<InferredFact>());
        Assert.Empty(session.Query<Finding>());
    }

    [Fact]
    public void Compile_SharedConditions_ManyRulesCompileOnce()
    {
        var rules = string.Concat(Enumerable.Range(0, 200).Select(i =>
            $"  - id: r{i}\n    article: a1\n    when:\n      - http-error: {{ status: {400 + (i % 5)} }}\n      - log-entry: {{ message: {{ contains: 'code {i}' }} }}\n"));
        var factory = Compile("rules:\n" + rules, "a1");

        var findings = Findings(factory, Http(402), Log("failed with code 7"));

        Assert.Equal("r7", Assert.Single(findings).RuleId);
    }
}
