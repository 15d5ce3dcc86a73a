using System.Collections.Immutable;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using static RulesEngine.Core.Tests.Rules.RuleHarness;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>One inferred fact per distinct set of values, however many matches or rules infer it, kept while any of
/// them stands (truth maintenance); and facts nobody refers to match as existence tests, not as cross products.</summary>
public sealed class InferredFactMergeTests
{
    private const string TwoRulesInferOneFact = """
        rules:
          - id: from-error
            when:
              - http-error: { status: 401 }
            infer:
              fact: auth-failure
              set: { status: 401 }
          - id: from-log
            when:
              - log-entry: { message: { contains: unauthorized } }
            infer:
              fact: auth-failure
              set: { status: 401 }
          - id: conclude
            article: a1
            when:
              - auth-failure: { status: 401 }
        """;

    [Fact]
    public void Fire_ManyMatchesOfOneValue_OneInferredFactAndOneFinding()
    {
        var factory = Compile(TwoRulesInferOneFact, "a1");

        var session = Run(factory, Http(401, line: 1), Http(401, "https://a.example/x", line: 5), Log("Unauthorized", line: 7));

        var inferred = Assert.Single(session.Query<InferredFact>());
        Assert.Equal(["from-error", "from-log"], inferred.RuleIds.ToArray());
        Assert.Equal(1, inferred.Evidence.Line); // the first rule's earliest match
        Assert.Single(session.Query<Finding>());
    }

    [Fact]
    public void Fire_OneOfTwoCausesRetracted_TheFactStaysUntilTheLastGoes()
    {
        var factory = Compile(TwoRulesInferOneFact, "a1");
        var error = Http(401);
        var log = Log("Unauthorized");
        var session = Run(factory, error, log);

        session.Retract(error);
        session.Fire();
        var inferred = Assert.Single(session.Query<InferredFact>());
        Assert.Equal(["from-log"], inferred.RuleIds.ToArray());
        Assert.Single(session.Query<Finding>());

        session.Retract(log);
        session.Fire();
        Assert.Empty(session.Query<InferredFact>());
        Assert.Empty(session.Query<Finding>());
    }

    [Fact]
    public void Fire_DifferentValues_OneFactEach()
    {
        var factory = Compile("""
            rules:
              - id: status-seen
                when:
                  - http-error: { status: { at-least: 400 } }
                    as: error
                infer:
                  fact: failure
                  set: { status: $error.status }
            """);

        var session = Run(factory, Http(401, line: 1), Http(403, line: 2), Http(401, line: 3));

        Assert.Equal([401.0, 403.0], session.Query<InferredFact>().Select(f => f.Get("status")).OrderBy(s => s));
    }

    [Fact]
    public void Equals_SameKindAndValues_EqualWhateverTheEvidenceAndRule()
    {
        var values = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create<string, object?>("status", 401.0)]);
        var first = new InferredFact("failure", values) { Evidence = At(1), RuleIds = ["a"] };
        var second = new InferredFact("failure", values.SetItem("status", 401.0)) { Evidence = At(9), RuleIds = ["b"] };
        var other = new InferredFact("failure", values.SetItem("status", 403.0)) { Evidence = At(1), RuleIds = ["a"] };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, first with { Kind = "other" });
    }

    [Fact]
    public void Fire_UnreferencedFacts_OneFiringWithEveryFactAsBoundedEvidence()
    {
        var factory = Compile("""
            rules:
              - id: r1
                article: a1
                when:
                  - http-error: { status: 401 }
                  - log-entry: { level: ERROR }
            """, "a1");
        var fired = 0;
        var session = factory.CreateSession();
        session.Events.RuleFiredEvent += (_, _) => fired++;

        session.InsertAll([.. Enumerable.Range(1, 6).Select(i => Http(401, $"https://h{i}.example/", line: i)), .. Enumerable.Range(1, 5).Select(i => Log("failed " + i, line: 10 + i))]);
        session.Fire();

        Assert.Equal(1, fired);
        var finding = Assert.Single(session.Query<Finding>());
        Assert.Equal(30, finding.Matches);
        Assert.Equal((6 - Finding.MaxFactsPerBinding) + (5 - Finding.MaxFactsPerBinding), finding.OmittedFacts);
        Assert.Equal([1, 2, 3, 4, 11, 12, 13, 14], finding.Facts.Select(f => f.Fact.Evidence.Line));
    }

    [Fact]
    public void Fire_ReferencedFact_StillJoinsPerCombination()
    {
        var factory = Compile("""
            rules:
              - id: r1
                article: a1
                when:
                  - log-entry: { level: ERROR }
                    as: first
                  - log-entry: { level: ERROR, thread: $first.thread, message: { not-equals: $first.message } }
            """, "a1");

        var session = Run(factory, Log("a", line: 1), Log("b", line: 2), Log("c", line: 3));

        // A fact a later condition names is joined per combination: each of 3 records with the 2 others of its thread.
        Assert.Equal(6, session.Query<Finding>().Count());
    }
}
