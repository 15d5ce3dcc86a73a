using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Rules;

namespace RulesEngine.Core.Tests.DerivedFields;

/// <summary>The derived <c>target</c> of a host: one classifier instead of a host regex in every rule that needs it.</summary>
public sealed class HostTargetsTests
{
    [Theory]
    [InlineData("acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com", null, "cpi-runtime")]
    [InlineData("ACME.IT-CPITRIAL05-RT.cfapps.us10-001.hana.ondemand.com", null, "cpi-runtime")]
    [InlineData("acme.it-cpi018.cfapps.eu10-003.hana.ondemand.com", null, "cpi-design-time")]
    [InlineData("api4.successfactors.com", "https://api4.successfactors.com/odata/v2/User", "successfactors-api")]
    [InlineData("api.sapsf.eu", "https://api.sapsf.eu/oauth/token", "successfactors-oauth")]
    [InlineData("my123456.crm.ondemand.com", null, "c4c")]
    [InlineData("my123456.sapbydesign.com", null, "bydesign")]
    [InlineData("connectivitytunnel.cf.eu10.hana.ondemand.com", null, "cloud-connector")]
    [InlineData("acme.wfs.example.com", null, "other")]
    [InlineData("successfactors.example.com", null, "other")]
    [InlineData("it-cpi-rt.example", null, "cpi-runtime")]
    [InlineData("crm.ondemand.com", null, "other")]
    public void Of_Host_IsItsKindOfSystem(string host, string? url, string target)
    {
        Assert.Equal(target, HostTargets.Of(host, url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Of_NoHost_NoTarget(string? host)
    {
        Assert.Null(HostTargets.Of(host));
    }

    [Fact]
    public void Rule_OnHttpErrorTarget_MatchesTheDerivedField()
    {
        var factory = RuleHarness.Compile("rules:\n  - id: r1\n    article: a1\n    when:\n      - http-error: { status: 401, target: cpi-runtime }\n", "a1");

        Assert.Single(RuleHarness.Findings(factory, RuleHarness.Http(401, "https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/orders")));
        Assert.Empty(RuleHarness.Findings(factory, RuleHarness.Http(401, "https://acme.wfs.example.com/api")));
    }

    [Fact]
    public void Validate_SignalCapturingAHost_HasTheTargetField_OthersDoNot()
    {
        const string Rules = """
            signals:
              - name: call
                keywords: ["calling"]
                regex: 'calling https?://(?<host>[a-z0-9.-]+)'
              - name: plain
                keywords: ["plain words"]
            rules:
              - id: r1
                article: a1
                when:
                  - signal: { name: call, target: cpi-runtime }
            """;

        Assert.Empty(RuleHarness.Diagnose(Rules, "a1"));
        var error = Assert.Single(RuleHarness.Diagnose(Rules.Replace("(?<host>", "(?<server>", StringComparison.Ordinal), "a1"));
        Assert.Contains("has no field 'target'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SignalCapturingAHost_CarriesItsTarget()
    {
        var captures = new Dictionary<string, string> { ["host"] = "acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com" };

        RulesEngine.Core.Extraction.Signals.SignalExtractor.AddTarget(captures);

        Assert.Equal("cpi-runtime", captures["target"]);
    }
}
