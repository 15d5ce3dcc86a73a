using System.Security.Cryptography;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>One new cause touches one place: a 28th cause that is a look-alike of three shipped ones is added as one
/// rule file, one article and one tests file; no other file changes, and all 28 causes' tests pass with full coverage.</summary>
public sealed class NewLookAlikeCauseTests
{
    private const string Rule = """
        # yaml-language-server: $schema=../kb/schemas/rules.schema.json
        #
        # A sender calls an integration flow without any credential: the runtime logs that the Authorization header
        # is missing. Look-alikes: the runtime's answers about the certificate it received (3474524, 3224701) and
        # rejected credentials (3592653): each, confirmed, shows the sender did send something.
        signals:
          - name: cpi-authorization-header-missing
            keywords: ["Authorization header is missing"]
        rules:
          - id: cpi-missing-credentials
            article: cpi-missing-credentials
            title: 401 into Cloud Integration, and the runtime says the call carried no Authorization header
            when:
              - http-error: { status: 401, direction: { not-equals: outbound } }
                as: error
              - signal: { name: cpi-authorization-header-missing }
                as: missing
            ask: Which authentication does the sender's HTTP client use, and does it send the Authorization header?
            confidence: 0.6
            yields-to:
              - { article: "3474524", exclusive: true }
              - { article: "3224701", exclusive: true }
              - article: "3592653"
                ask: Does the system log say "XSUAA could not authenticate user", or that the Authorization header is missing?
        """;

    private const string Article = """
        ---
        id: cpi-missing-credentials
        title: Inbound 401 without credentials (the Authorization header is missing)
        product: SAP Integration Suite, Cloud Integration (Cloud Foundry)
        component: LOD-HCI-PI-RT
        source: https://help.sap.com/docs/cloud-integration/sap-cloud-integration/basic-authentication-with-clientid-and-clientsecret-for-integration-flow-processing
        ---
        ## What this ticket shows

        The call was rejected with HTTP 401 ({{ finding.status }}), and the runtime logged that it carried no Authorization header.

        ## Resolution

        Configure the sender to authenticate: basic authentication or OAuth with the clientid and clientsecret of a
        service key of plan integration-flow, or a client certificate in an External Certificate key.
        """;

    private const string Tests = """
        # yaml-language-server: $schema=../kb/schemas/rule-tests.schema.json
        now: 2026-11-28T10:30:00Z
        cases:
          - name: a 401 into an integration flow and the runtime's missing-header line
            inputs:
              - name: ticket.txt
                text: |
                  Our sender gets HTTP 401 Unauthorized when calling https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/orders
                  The system log says: Authorization header is missing
            expect:
              - { article: cpi-missing-credentials, status: suspected, top: true }
          - name: the seed's trace line confirms 3474524, which rules this cause out
            inputs:
              - file: fixtures/seed/ticket.txt
              - file: fixtures/seed/trace.log
              - { name: system.log, text: "2026-11-28 10:15:02.100 WARN [exec-1] com.sap.it.Auth - Authorization header is missing\n" }
            expect:
              - { article: "3474524", status: confirmed }
            absent: [cpi-missing-credentials]
          - name: a 401 without the line is not this cause
            inputs:
              - { name: ticket.txt, text: "Our sender gets HTTP 401 Unauthorized when calling https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/orders" }
            absent: [cpi-missing-credentials]
          - name: look-alike, the tenant's invalid_client answer confirms 3224701, which rules this cause out
            inputs:
              - name: ticket.txt
                text: |
                  Our sender gets HTTP 401 Unauthorized when calling https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/orders
                  The system log says: Authorization header is missing
                  Response body: {"error":"invalid_client","error_description":"Either the client certificate is not configured exactly once in a service key of a Process Integration Runtime service instance or client-certificate authentication was not enabled for your tenant."}
            expect:
              - { article: "3224701", status: confirmed, top: true }
            absent: [cpi-missing-credentials]
          - name: look-alike, XSUAA rejecting the user confirms 3592653 and hides the suspicion of this cause
            inputs:
              - name: ticket.txt
                text: |
                  Our sender gets HTTP 401 Unauthorized when calling https://acme.it-cpi018-rt.cfapps.eu10-003.hana.ondemand.com/http/orders
                  The system log says: Authorization header is missing
                  2026-11-28 10:15:03.210 ERROR [exec-2] com.sap.xs2.security - XSUAA could not authenticate user sb-orders!b117912|it-rt-acme!b117912
            expect:
              - { article: "3592653", status: confirmed, top: true }
            absent: [cpi-missing-credentials]
        """;

    [Fact]
    public void AddCause_ThreeNewFiles_NoOtherFileChangesAndAllTestsPass()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "kb-copy/rules");
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "kb-copy/kb");
        var before = Hashes(folder.Root);
        var shipped = Run(["validate", "--rules", rules, "--kb", kb]);
        var shippedRules = int.Parse(System.Text.RegularExpressions.Regex.Match(shipped.Out, "OK: ([0-9]+) rules, 27 articles").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        folder.Write("kb-copy/rules/cpi-missing-credentials.yaml", Rule);
        folder.Write("kb-copy/rules/cpi-missing-credentials.tests.yaml", Tests);
        folder.Write("kb-copy/kb/articles/cpi-missing-credentials.md", Article);
        var validate = Run(["validate", "--rules", rules, "--kb", kb]);
        var test = Run(["test", "--rules", rules, "--kb", kb, "--min-coverage", "100"]);

        var after = Hashes(folder.Root);
        Assert.Equal(3, after.Count - before.Count);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.Equal((0, ""), (validate.Exit, validate.Error));
        Assert.Contains($"{shippedRules + 1} rules, 28 articles", validate.Out, StringComparison.Ordinal);
        Assert.True(test.Exit == 0, test.Out + test.Error);
        Assert.Contains(" passed, 0 failed", test.Out, StringComparison.Ordinal);
        Assert.Contains($"rule coverage: {shippedRules + 1}/{shippedRules + 1} rules asserted present and absent (100%)", test.Out, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
