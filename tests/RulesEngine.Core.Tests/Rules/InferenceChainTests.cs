using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using static RulesEngine.Core.Tests.Rules.RuleHarness;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>A fact inferred from an inferred fact has the fields it copies, at any depth (it had none past one level,
/// so a chain failed silently).</summary>
public sealed class InferenceChainTests
{
    // Written deepest first, so one pass over the files cannot type the chain.
    private const string ThreeLevels = """
        rules:
          - id: conclude
            article: a1
            when:
              - auth-verdict: { status: 401, host: api.example }
          - id: level-two
            when:
              - auth-failure: { status: { at-least: 400 } }
                as: failure
            infer:
              fact: auth-verdict
              set: { status: $failure.status, host: $failure.host }
          - id: level-one
            when:
              - http-error: { status: 401 }
                as: error
            infer:
              fact: auth-failure
              set: { status: $error.status, host: $error.host }
        """;

    [Fact]
    public void Validate_ChainTwoLevelsDeep_NoErrors()
    {
        Assert.Empty(Diagnose(ThreeLevels, "a1"));
    }

    [Fact]
    public void Fire_ChainTwoLevelsDeep_ReachesTheFinding()
    {
        var session = Run(Compile(ThreeLevels, "a1"), Http(401, "https://api.example/odata"));

        var verdict = Assert.Single(session.Query<InferredFact>(), f => f.Kind == "auth-verdict");
        Assert.Equal(("api.example", 401.0), (verdict.Get("host"), verdict.Get("status")));
        Assert.Equal("conclude", Assert.Single(session.Query<Finding>()).RuleId);
    }

    [Fact]
    public void Validate_ChainReadsAFieldNobodySets_ErrorAtItsPosition()
    {
        var diagnostics = Diagnose(ThreeLevels.Replace("host: $failure.host", "host: $failure.hots", StringComparison.Ordinal), "a1");

        // The typo is reported where it is written, with what was meant; the rule reading the field it failed to set says so too.
        var typo = Assert.Single(diagnostics, d => d.Message.Contains("'hots'", StringComparison.Ordinal));
        Assert.Equal((12, 45), (typo.Span.Line, typo.Span.Column));
        Assert.EndsWith("Did you mean 'host'?", typo.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TypoInAnInferredValue_OneErrorNotASecondOneWhereTheFieldIsTested()
    {
        var rules = "rules:\n  - id: i1\n    when:\n      - http-error: { status: 401 }\n        as: e\n    infer: { fact: thing, set: { code: $e.statsu } }\n  - id: r1\n    article: a1\n    when:\n      - thing: { code: 401 }\n";

        var error = Assert.Single(RuleHarness.Diagnose(rules, "a1"));

        Assert.Equal((DiagnosticCode.UnknownField, 6, 40), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("Did you mean 'status'?", error.Message, StringComparison.Ordinal);
    }
}
