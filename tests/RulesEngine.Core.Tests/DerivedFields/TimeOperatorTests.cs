using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Tests.Rules;

namespace RulesEngine.Core.Tests.DerivedFields;

/// <summary>Time against the ticket's date: <c>before: now</c>, <c>older-than</c>, <c>newer-than</c>, <c>expires-within</c>.</summary>
public sealed class TimeOperatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("{ before: now }", -1, true)]
    [InlineData("{ before: now }", 1, false)]
    [InlineData("{ after: now }", 1, true)]
    [InlineData("{ older-than: 365d }", -400, true)]
    [InlineData("{ older-than: 365d }", -300, false)]
    [InlineData("{ newer-than: 2w }", -10, true)]
    [InlineData("{ newer-than: 2w }", -20, false)]
    [InlineData("{ expires-within: 30d }", 10, true)]
    [InlineData("{ expires-within: 30d }", 40, false)]
    [InlineData("{ expires-within: 30d }", -1, false)]
    public void Fire_TimeAgainstTheTicketsTime_AsWritten(string test, int days, bool fires)
    {
        var factory = RuleHarness.Compile($"rules:\n  - id: r1\n    article: a1\n    when:\n      - certificate: {{ not_after: {test} }}\n", "a1");

        using (DiagnosisClock.At(Now))
        {
            Assert.Equal(fires, RuleHarness.Findings(factory, RuleHarness.Cert("AA", "ticket", notAfter: Now.AddDays(days))).Count == 1);
        }
    }

    [Theory]
    [InlineData("{ older-than: 365 }", "'older-than' takes a duration")]
    [InlineData("{ expires-within: soon }", "'expires-within' takes a duration")]
    [InlineData("{ before: tomorrow }", "is not a time")]
    public void Validate_BadTimeOperand_ErrorAtIt(string test, string message)
    {
        var error = Assert.Single(RuleHarness.Diagnose($"rules:\n  - id: r1\n    article: a1\n    when:\n      - certificate: {{ not_after: {test} }}\n", "a1"));

        Assert.Equal((DiagnosticCode.InvalidValue, 5), (error.Code, error.Span.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
