using RulesEngine.Core.Facts;
using RulesEngine.Core.Tests.Extraction.Certificates;
using RulesEngine.Core.Tests.Rules;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.DerivedFields;

/// <summary>Derived fields computed once at extraction instead of in every rule: a certificate's <c>issuer_kind</c> and
/// a log entry's <c>template</c>.</summary>
public sealed class IssuerKindAndTemplateTests
{
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IssuerKind_SelfSigned_PublicCa_PrivateCa()
    {
        var selfSigned = TestCertificates.Create("partner-client", From, To);
        var publicCa = TestCertificates.Create("DigiCert Global G2 TLS RSA SHA256 2020 CA1", From, To);
        var publicLeaf = TestCertificates.Create("partner.example.com", From, To, publicCa);
        var privateCa = TestCertificates.Create("Acme Issuing CA 2", From, To);
        var privateLeaf = TestCertificates.Create("s4p-ssl-client", From, To, privateCa);

        var kinds = ExtractAt.Facts<Certificate>(selfSigned.Pem + publicLeaf.Pem + privateLeaf.Pem).Select(c => c.IssuerKind);

        Assert.Equal(["self-signed", "public-ca", "private-ca"], kinds);
    }

    [Fact]
    public void Rule_OnIssuerKind_MatchesTheDerivedField()
    {
        var factory = RuleHarness.Compile("rules:\n  - id: r1\n    article: a1\n    when:\n      - certificate: { issuer_kind: [self-signed, private-ca] }\n", "a1");
        var publicCa = RuleHarness.Cert("AA", "service-key") with { Issuer = "CN=GlobalSign GCC R3 DV TLS CA 2020,O=GlobalSign nv-sa,C=BE" };
        var ownCa = RuleHarness.Cert("BB", "service-key") with { Issuer = "CN=Acme Issuing CA 2,O=Acme,C=DE" };

        Assert.Empty(RuleHarness.Findings(factory, publicCa));
        Assert.Single(RuleHarness.Findings(factory, ownCa));
    }

    [Fact]
    public void Template_RecordsThatDifferOnlyByIds_ShareIt_AndARuleTestsIt()
    {
        var first = RuleHarness.Log("Call failed for message AGk3x_7QzA9 after 1834 ms, status 401 Unauthorized");
        var second = RuleHarness.Log("Call failed for message AGk3y_0PqB2 after 92 ms, status 401 Unauthorized");
        var factory = RuleHarness.Compile("rules:\n  - id: r1\n    article: a1\n    when:\n      - log-entry: { template: { starts-with: \"Call failed for message <*> after <*> ms\" } }\n", "a1");

        Assert.Equal(first.Template, second.Template);
        Assert.Contains("status 401 Unauthorized", first.Template, StringComparison.Ordinal);
        Assert.Single(RuleHarness.Findings(factory, first));
        Assert.Empty(RuleHarness.Findings(factory, RuleHarness.Log("Call succeeded for message AGk3x_7QzA9")));
    }
}
