using System.Text;
using System.Text.Json;
using RulesEngine.Core.Tests.Bundles;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>The release flow on the command line (keygen, pack, verify, then every command with <c>--bundle</c>), and
/// each attack refused with exit 6 and its code.</summary>
public sealed class BundleCommandTests : IDisposable
{
    private readonly BundleWorkshop _shop = new();

    private string Keys => Path.Combine(_shop.Folder.Root, "release-keys");

    private string PublicKey => Path.Combine(Keys, "bundle-signing.pub");

    [Fact]
    public void ReleaseFlow_ShippedKnowledgeBase_PackVerifyAndEveryCommandAnswersAsFromTheFolders()
    {
        Assert.Equal(0, Run(["keygen", "--out", Keys]).Exit);
        var bundle = Path.Combine(_shop.Folder.Root, "kb-7.tgz");

        var pack = Run(["pack", "--rules", RepositoryPaths.Rules, "--kb", RepositoryPaths.Kb, "--key", Path.Combine(Keys, "bundle-signing.key"), "--revision", "7", "--out", bundle]);
        var verify = Run(["verify", "--trusted-key", PublicKey, bundle]);

        Assert.Equal((0, ""), (pack.Exit, pack.Error));
        Assert.Contains("revision 7", pack.Out, StringComparison.Ordinal);
        Assert.Equal((0, ""), (verify.Exit, verify.Error));
        Assert.Matches(@"^bundle OK: revision 7, .* rule tests passed", verify.Out);

        string[] folders = ["--rules", RepositoryPaths.Rules, "--kb", RepositoryPaths.Kb];
        string[] fromBundle = ["--bundle", bundle, "--trusted-key", PublicKey];
        string[] ticket = ["--format", "json", "--now", "2026-11-28T10:00:00Z", Sample("ticket.txt"), Sample("trace.log"), Sample("service-key.json")];
        var expected = Run(["diagnose", .. folders, .. ticket]);
        var actual = Run(["diagnose", .. fromBundle, .. ticket]);
        Assert.Equal((0, expected.Out), (actual.Exit, actual.Out));

        var validate = Run(["validate", .. fromBundle]);
        Assert.Equal(Run(["validate", .. folders]).Out, validate.Out);
        Assert.Contains("revision " + JsonDocument.Parse(expected.Out).RootElement.GetProperty("revision").GetString(), validate.Out, StringComparison.Ordinal);

        var test = Run(["test", .. fromBundle, "--min-coverage", "100"]);
        Assert.Equal(0, test.Exit);
        Assert.Contains("0 failed", test.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_FromABundle_SameLinesAsFromTheFolders()
    {
        var bundle = _shop.Pack();
        var input = _shop.Folder.Write("tickets.jsonl", "{\"id\": \"a\", \"inputs\": [{\"name\": \"t.txt\", \"content\": \"HTTP 401 Unauthorized\"}]}\n{\"id\": \"b\", \"inputs\": [{\"name\": \"t.txt\", \"content\": \"fine\"}]}\n");

        var fromBundle = Run(["batch", "--quiet", "--now", "2026-11-28T10:00:00Z", "--bundle", bundle, "--trusted-key", _shop.TrustedKey, input]);
        var fromFolders = Run(["batch", "--quiet", "--now", "2026-11-28T10:00:00Z", "--rules", _shop.RulesFolder, "--kb", _shop.KbFolder, input]);

        Assert.Equal(0, fromBundle.Exit);
        Assert.Equal(fromFolders.Out, fromBundle.Out);
        Assert.Contains("\"article\":\"a1\"", fromBundle.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TamperedFile_Exit6WithTheCodeAndTheFile()
    {
        var entries = BundleWorkshop.Entries(_shop.Pack()).Select(e => e.Key == "kb/articles/a1.md" ? new(e.Key, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Value).Replace("Status", "Stat0s", StringComparison.Ordinal))) : e);
        var tampered = _shop.Repack("tampered", entries);

        var (exit, output, error) = Run(["verify", "--trusted-key", _shop.TrustedKey, tampered]);

        Assert.Equal(6, exit);
        Assert.Equal("", output);
        Assert.Contains("error RE4008: 'kb/articles/a1.md' is not the file that was signed", error, StringComparison.Ordinal);
        Assert.Contains("the bundle was refused and nothing was loaded", error, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Attacks => new()
    {
        { "stripped", "RE4004" },
        { "untrusted", "RE4005" },
        { "manifest", "RE4006" },
        { "expired", "RE4009" },
        { "newer-engine", "RE4011" },
        { "failing-test", "RE4012" },
        { "invalid-rule", "RE2004" },
        { "unsafe-entry", "RE4003" },
        { "never-signed", "RE4004" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Diagnose_AttackedBundle_Exit6AndNoDiagnosis(string attack, string code)
    {
        var bundle = Attack(attack);

        var (exit, output, error) = Run(["diagnose", "--bundle", bundle, "--trusted-key", _shop.TrustedKey, Sample("ticket.txt")]);

        Assert.Equal(6, exit);
        Assert.Equal("", output);
        Assert.Contains("error " + code + ":", error, StringComparison.Ordinal);
        Assert.Contains("the bundle was refused and nothing was loaded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MinRevision_RefusesAnOlderBundle()
    {
        var bundle = _shop.Pack(revision: 3);

        var older = Run(["verify", "--trusted-key", _shop.TrustedKey, "--min-revision", "4", bundle]);
        var same = Run(["verify", "--trusted-key", _shop.TrustedKey, "--min-revision", "3", bundle]);

        Assert.Equal(6, older.Exit);
        Assert.Contains("error RE4010: the bundle's revision 3 is older than 4", older.Error, StringComparison.Ordinal);
        Assert.Equal(0, same.Exit);
    }

    [Fact]
    public void Verify_Json_SaysAcceptedOrWhyNot()
    {
        var good = Run(["verify", "--format", "json", "--trusted-key", _shop.TrustedKey, _shop.Pack(revision: 2)]);
        var bad = Run(["verify", "--format", "json", "--trusted-key", _shop.OtherTrustedKey, _shop.Pack("other", revision: 2)]);

        using var accepted = JsonDocument.Parse(good.Out);
        using var refused = JsonDocument.Parse(bad.Out);
        Assert.Equal((0, true, 2), (good.Exit, accepted.RootElement.GetProperty("accepted").GetBoolean(), accepted.RootElement.GetProperty("revision").GetInt32()));
        Assert.Equal((6, false), (bad.Exit, refused.RootElement.GetProperty("accepted").GetBoolean()));
        Assert.Equal("RE4005", refused.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Verify_SeveralTrustedKeys_AcceptsEither()
    {
        var (exit, _, error) = Run(["verify", "--trusted-key", _shop.OtherTrustedKey, "--trusted-key", _shop.TrustedKey, _shop.Pack()]);

        Assert.Equal((0, ""), (exit, error));
    }

    [Theory]
    [InlineData("--bundle", "kb.tgz", "--bundle needs --trusted-key PUB")]
    [InlineData("--trusted-key", "key.pub", "--trusted-key is only used with --bundle FILE")]
    public void Diagnose_HalfTheBundleOptions_UsageError(string option, string value, string message)
    {
        var (exit, output, error) = Run(["diagnose", option, Path.Combine(_shop.Folder.Root, value), Sample("ticket.txt")]);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_BundleAndFolders_UsageError()
    {
        var (exit, _, error) = Run(["diagnose", "--bundle", _shop.Pack(), "--trusted-key", _shop.TrustedKey, "--rules", _shop.RulesFolder, Sample("ticket.txt")]);

        Assert.Equal(2, exit);
        Assert.Contains("--bundle replaces --rules and --kb", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_KnowledgeBaseWithAFailingTest_Exit3AndNothingWritten()
    {
        _shop.Folder.Write("rules/r.tests.yaml", BundleWorkshop.Tests.Replace("absent: [a1]", "expect:\n      - { article: a1 }", StringComparison.Ordinal));
        var output = Path.Combine(_shop.Folder.Root, "never.tgz");

        var (exit, _, error) = Run(["pack", "--rules", _shop.RulesFolder, "--kb", _shop.KbFolder, "--key", _shop.SigningKey, "--revision", "1", "--out", output]);

        Assert.Equal(3, exit);
        Assert.Contains("error RE4012: rule test 'no 401' fails", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_shop.Folder.Root, "never.tgz*"));
    }

    [Theory]
    [InlineData("0", "--revision '0' is not a whole number from 1")]
    [InlineData("x", "--revision 'x' is not a whole number from 1")]
    public void Pack_BadRevision_UsageError(string revision, string message)
    {
        var (exit, _, error) = Run(["pack", "--key", _shop.SigningKey, "--revision", revision, "--out", Path.Combine(_shop.Folder.Root, "x.tgz")]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ExpiryBeforeNow_Refused()
    {
        var (exit, _, error) = Run(["pack", "--rules", _shop.RulesFolder, "--kb", _shop.KbFolder, "--key", _shop.SigningKey, "--revision", "1", "--expires", "2020-01-01T00:00:00Z", "--out", Path.Combine(_shop.Folder.Root, "x.tgz")]);

        Assert.Equal(6, exit);
        Assert.Contains("error RE4009: the expiry 2020-01-01T00:00:00.0000000+00:00 is not after the creation time", error, StringComparison.Ordinal);
    }

    public void Dispose() => _shop.Dispose();

    private string Attack(string attack) => attack switch
    {
        "stripped" => _shop.Repack(attack, BundleWorkshop.Entries(_shop.Pack()).Where(e => e.Key != "manifest.sig")),
        "untrusted" => _shop.Pack(attack, key: _shop.OtherSigningKey),
        "manifest" => _shop.Repack(attack, BundleWorkshop.Entries(_shop.Pack()).Select(e => e.Key == "manifest.json"
            ? new(e.Key, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Value).Replace("\"revision\": 1,", "\"revision\": 2,", StringComparison.Ordinal)))
            : e)),
        "expired" => _shop.Pack(attack, createdAt: DateTimeOffset.UtcNow.AddDays(-2), expiresAt: DateTimeOffset.UtcNow.AddDays(-1)),
        "newer-engine" => _shop.Resign(_shop.Pack(), attack, m => m with { Engine = "99.0.0" }),
        "failing-test" => FailingTestBundle(),
        "invalid-rule" => InvalidRuleBundle(),
        "unsafe-entry" => _shop.RawTar(attack, [BundleWorkshop.PlainEntry("manifest.json", "{}"), BundleWorkshop.PlainEntry("rules/../../../etc/cron.d/x", "x")]),
        "never-signed" => _shop.RawTar(attack, [BundleWorkshop.PlainEntry("manifest.json", "{}"), BundleWorkshop.PlainEntry("rules/r.yaml", BundleWorkshop.Rule)]),
        _ => throw new ArgumentOutOfRangeException(nameof(attack)),
    };

    // Signed and intact, but a rule names a fact kind that does not exist: refused (RE4012) with the rule's own error.
    private string InvalidRuleBundle()
    {
        _shop.Folder.Write("rules/r.yaml", BundleWorkshop.Rule.Replace("http-error", "http-eror", StringComparison.Ordinal));
        return _shop.Pack("invalid-rule");
    }

    private string FailingTestBundle()
    {
        _shop.Folder.Write("rules/r.tests.yaml", BundleWorkshop.Tests.Replace("absent: [a1]", "expect:\n      - { article: a1 }", StringComparison.Ordinal));
        return _shop.Pack("failing-test");
    }
}
