using System.Collections.Frozen;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Rules;

namespace RulesEngine.Core.Tests.Rules;

/// <summary><c>includes</c>: a text that lists items (a JSON array, "a, b and c") holds a value as one whole item,
/// which <c>contains</c> cannot say: <c>ESBMessaging.send</c> is a substring of <c>ESBMessaging.sender</c>.</summary>
public sealed class IncludesTests
{
    [Theory]
    [InlineData("[\"ESBMessaging.send\", \"Z_Partner\"]", "ESBMessaging.send", true)]
    [InlineData("[\"ESBMessaging.sender\"]", "ESBMessaging.send", false)]
    [InlineData("ESBMessaging.send, z_partner and Z_Other", "Z_PARTNER", true)]
    [InlineData("'A.b'; 'C.d'", "c.d", true)]
    [InlineData("", "a", false)]
    public void Fire_ListHoldsTheWholeItem_IgnoringCase(string roles, string role, bool fires)
    {
        var factory = RuleHarness.Compile($"signals:\n  - name: roles\n    keywords: [roles]\n    regex: 'roles (?<roles>.*)'\nrules:\n  - id: r1\n    article: a1\n    when:\n      - signal: {{ name: roles, roles: {{ includes: \"{role}\" }} }}\n", "a1");

        var signal = new Signal("roles", "roles " + roles, new Dictionary<string, string> { ["roles"] = roles }.ToFrozenDictionary()) { Evidence = RuleHarness.At(1) };

        Assert.Equal(fires, RuleHarness.Findings(factory, signal).Count == 1);
    }

    [Fact]
    public void Fire_IncludesAReferencedValue()
    {
        var factory = RuleHarness.Compile(
            "signals:\n  - name: roles\n    keywords: [roles]\n    regex: 'roles (?<roles>.*)'\n  - name: role\n    keywords: [role]\n    regex: 'role (?<role>.*)'\nrules:\n  - id: r1\n    article: a1\n    when:\n      - signal: { name: role }\n        as: wanted\n      - signal: { name: roles, not: { roles: { includes: $wanted.role } } }\n",
            "a1");

        Signal Make(string name, string capture, string value) => new(name, value, new Dictionary<string, string> { [capture] = value }.ToFrozenDictionary()) { Evidence = RuleHarness.At(1) };

        Assert.Single(RuleHarness.Findings(factory, Make("role", "role", "ESBMessaging.send"), Make("roles", "roles", "[\"ESBMessaging.sender\"]")));
        Assert.Empty(RuleHarness.Findings(factory, Make("role", "role", "ESBMessaging.send"), Make("roles", "roles", "[\"ESBMessaging.send\"]")));
    }

    [Fact]
    public void Validate_IncludesOnANumber_NotApplicableWithItsPosition()
    {
        var error = Assert.Single(RuleHarness.Diagnose("rules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: { status: { includes: 401 } }\n", "a1"), d => d.IsError);

        Assert.Equal((Diagnostics.DiagnosticCode.OperatorNotApplicable, 5, 33), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Validate_MisspeltIncludes_DidYouMean()
    {
        var error = Assert.Single(RuleHarness.Diagnose("rules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: { url: { include: x } }\n", "a1"), d => d.IsError);

        Assert.Contains("Did you mean 'includes'?", error.Message, StringComparison.Ordinal);
    }
}
