using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Tests.Rules;

namespace RulesEngine.Core.Tests.DerivedFields;

/// <summary><c>within</c>: a time measured from another fact's time (or the ticket's), in the direction its
/// <c>after:</c> or <c>before:</c> gives: "a failure within 24 hours after the import".</summary>
public sealed class WithinTests
{
    private static readonly DateTimeOffset Import = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private const string AfterImport = """
        rules:
          - id: failure-after-import
            article: a1
            when:
              - log-entry: { message: { contains: imported } }
                as: import
              - log-entry: { level: ERROR, time: { after: $import.time, within: 24h } }
        """;

    [Theory]
    [InlineData(1, true)]       // an hour after the import
    [InlineData(24 * 60, true)] // exactly 24 hours after: at most the duration
    [InlineData(25 * 60, false)]
    [InlineData(-60, false)]    // before the import: 'after' gives the direction
    [InlineData(0, false)]      // the same instant is not after it
    public void Fire_AfterAnotherFactsTime_OnlyInsideTheWindow(int minutesAfter, bool fires)
    {
        var factory = RuleHarness.Compile(AfterImport, "a1");

        var findings = RuleHarness.Findings(factory, Log("key pair imported", "INFO", Import), Log("handshake failed", "ERROR", Import.AddMinutes(minutesAfter)));

        Assert.Equal(fires, findings.Count == 1);
    }

    [Theory]
    [InlineData(-10, true)]
    [InlineData(-40, false)]
    [InlineData(10, false)]
    public void Fire_BeforeTheTicketsTime_OnlyInsideTheWindow(int days, bool fires)
    {
        var now = new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);
        var factory = RuleHarness.Compile("rules:\n  - id: r1\n    article: a1\n    when:\n      - certificate: { not_before: { before: now, within: 30d } }\n", "a1");

        using (DiagnosisClock.At(now))
        {
            var certificate = RuleHarness.Cert("AA", "ticket") with { NotBefore = now.AddDays(days) };
            Assert.Equal(fires, RuleHarness.Findings(factory, certificate).Count == 1);
        }
    }

    [Theory]
    [InlineData("{ within: 24h }", 5, 30, "'within' measures from a time: add 'after:' or 'before:'")]
    [InlineData("{ after: 2026-11-27, before: 2026-11-29, within: 24h }", 5, 69, "keep either 'after:' or 'before:'")]
    [InlineData("{ after: 2026-11-27, within: 24hours }", 5, 57, "'within' takes a duration")]
    [InlineData("{ after: 2026-11-27, within: [24h] }", 5, 57, "'within' takes a duration")]
    [InlineData("{ after: 2026-11-27, withn: 24h }", 5, 49, "unknown operator 'withn'. Did you mean 'within'?")]
    public void Validate_BadWithin_ErrorAtItsPosition(string test, int line, int column, string message)
    {
        var error = Assert.Single(RuleHarness.Diagnose($"rules:\n  - id: r1\n    article: a1\n    when:\n      - log-entry: {{ time: {test} }}\n", "a1"), d => d.IsError);

        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_OneFieldBetweenTwoTimesOfTheSameFact_JoinsOnce()
    {
        // Two references to one binding in one field test: the join declares the bound fact once.
        var factory = RuleHarness.Compile("rules:\n  - id: r1\n    article: a1\n    when:\n      - certificate: { origin: service-key }\n        as: key\n      - log-entry: { time: { after: $key.not_before, before: $key.not_after } }\n", "a1");

        var key = RuleHarness.Cert("AA", "service-key");
        Assert.Single(RuleHarness.Findings(factory, key, Log("x", "ERROR", key.NotBefore.AddDays(1))));
        Assert.Empty(RuleHarness.Findings(factory, key, Log("x", "ERROR", key.NotAfter.AddDays(1))));
    }

    [Fact]
    public void Validate_WithinOnATextField_NotApplicable()
    {
        var errors = RuleHarness.Diagnose("rules:\n  - id: r1\n    article: a1\n    when:\n      - log-entry: { message: { after: now, within: 1h } }\n", "a1").Where(d => d.IsError).ToList();

        Assert.Equal([DiagnosticCode.OperatorNotApplicable, DiagnosticCode.OperatorNotApplicable], errors.Select(e => e.Code));
    }

    private static LogEntry Log(string message, string level, DateTimeOffset time) =>
        new(time, level, "com.sap.it.Logger", "exec-1", message) { Evidence = RuleHarness.At(1) };
}
