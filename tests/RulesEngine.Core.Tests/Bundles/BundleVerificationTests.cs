using System.Formats.Tar;
using System.Text;
using RulesEngine.Core.Bundles;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Bundles;

/// <summary>Each attack on a bundle is refused with its own code before any of the bundle's knowledge is parsed; a
/// bundle packed by its owner and untouched loads, and names the same revision as its folders.</summary>
public sealed class BundleVerificationTests : IDisposable
{
    private readonly BundleWorkshop _shop = new();

    [Fact]
    public void Load_PackedBundle_LoadsWithTheFoldersRevisionAndPassesItsTests()
    {
        var bundle = _shop.Pack(revision: 3);

        var result = _shop.Load(bundle);

        using var loaded = result.Bundle;
        Assert.NotNull(loaded);
        Assert.Empty(result.Diagnostics.Where(d => d.IsError));
        Assert.Equal(3, loaded.Manifest.Revision);
        Assert.Equal(KnowledgeRevision.OfFolders(_shop.RulesFolder, _shop.KbFolder), loaded.KnowledgeBase.Revision);
        Assert.Equal(loaded.KnowledgeBase.Revision, loaded.Manifest.ContentRevision);
        Assert.Equal(2, loaded.Tests.Passed);
        Assert.Equal(BundleWorkshop.KeyIdOf(_shop.TrustedKey), loaded.Manifest.KeyId);
    }

    [Fact]
    public void Load_Disposed_TheUnpackedFolderIsGoneAndWasOwnerOnly()
    {
        var loaded = _shop.Load(_shop.Pack()).Bundle!;
        var root = Path.GetDirectoryName(loaded.RulesFolder)!;
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(root));
        }

        loaded.Dispose();

        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void Pack_SameInputAndTime_SameBytes()
    {
        var first = File.ReadAllBytes(_shop.Pack("one"));
        var second = File.ReadAllBytes(_shop.Pack("two"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Load_SignatureStripped_RefusedAsUnsigned()
    {
        var stripped = _shop.Repack("stripped", BundleWorkshop.Entries(_shop.Pack()).Where(e => e.Key != "manifest.sig"));

        AssertRefused(stripped, DiagnosticCode.BundleUnsigned, "no signature");
    }

    [Fact]
    public void Load_EmptySignature_RefusedAsUnsigned()
    {
        var emptied = _shop.Repack("empty-sig", BundleWorkshop.Entries(_shop.Pack()).Select(e => e.Key == "manifest.sig" ? new(e.Key, []) : e));

        AssertRefused(emptied, DiagnosticCode.BundleUnsigned, "no signature");
    }

    [Fact]
    public void Load_NeverSigned_RefusedAsUnsigned()
    {
        // What a hand-made bundle looks like: the knowledge base's files and a manifest, no signature at all.
        var entries = BundleWorkshop.Entries(_shop.Pack()).Where(e => e.Key != "manifest.sig");

        AssertRefused(_shop.Repack("unsigned", entries), DiagnosticCode.BundleUnsigned, "never signed");
    }

    [Theory]
    [InlineData("rules/r.yaml")]
    [InlineData("rules/r.tests.yaml")]
    [InlineData("kb/articles/a1.md")]
    public void Load_OneByteOfAFileChanged_RefusedAsTampered(string name)
    {
        var entries = BundleWorkshop.Entries(_shop.Pack()).Select(e => e.Key == name ? new(e.Key, Flip(e.Value)) : e);

        AssertRefused(_shop.Repack("tampered", entries), DiagnosticCode.BundleFileMismatch, $"'{name}' is not the file that was signed");
    }

    [Fact]
    public void Load_FileWithSameSizeButOtherBytesAndItsYamlBroken_RefusedBeforeTheYamlIsParsed()
    {
        // A YAML error would be RE1003: the only diagnostic is the refusal, so nothing of the bundle was parsed.
        var entries = BundleWorkshop.Entries(_shop.Pack()).Select(e => e.Key == "rules/r.yaml" ? new(e.Key, Encoding.UTF8.GetBytes(new string('[', e.Value.Length))) : e);

        var result = _shop.Load(_shop.Repack("broken", entries));

        Assert.Equal([DiagnosticCode.BundleFileMismatch], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Load_OneByteOfTheManifestChanged_RefusedAsBadSignature()
    {
        var entries = BundleWorkshop.Entries(_shop.Pack(revision: 1)).Select(e => e.Key == "manifest.json"
            ? new(e.Key, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Value).Replace("\"revision\": 1,", "\"revision\": 9,", StringComparison.Ordinal)))
            : e);

        AssertRefused(_shop.Repack("manifest", entries), DiagnosticCode.BundleSignatureInvalid, "changed after signing");
    }

    [Fact]
    public void Load_SignatureBytesChanged_RefusedAsBadSignature()
    {
        var bundle = _shop.Pack();
        var manifest = BundleWorkshop.Entries(bundle).Single(e => e.Key == "manifest.json").Value;
        var otherSignature = BundleWorkshop.Sign(Flip(manifest), _shop.SigningKey);
        var entries = BundleWorkshop.Entries(bundle).Select(e => e.Key == "manifest.sig" ? new(e.Key, otherSignature) : e);

        AssertRefused(_shop.Repack("signature", entries), DiagnosticCode.BundleSignatureInvalid, "does not verify");
    }

    [Fact]
    public void Load_SignedByAnUntrustedKey_Refused()
    {
        AssertRefused(_shop.Pack(key: _shop.OtherSigningKey), DiagnosticCode.BundleUntrustedKey, $"signed by key {BundleWorkshop.KeyIdOf(_shop.OtherTrustedKey)}, which is not trusted");
    }

    [Fact]
    public void Load_UntrustedKeyClaimingATrustedKeysId_RefusedAsBadSignature()
    {
        var bundle = _shop.Pack(key: _shop.OtherSigningKey);
        var manifest = BundleWorkshop.Entries(bundle).Single(e => e.Key == "manifest.json").Value;
        var forged = BundleWorkshop.Sign(manifest, _shop.OtherSigningKey, claimedKeyId: BundleWorkshop.KeyIdOf(_shop.TrustedKey));
        var entries = BundleWorkshop.Entries(bundle).Select(e => e.Key == "manifest.sig" ? new(e.Key, forged) : e);

        AssertRefused(_shop.Repack("forged", entries), DiagnosticCode.BundleSignatureInvalid, "does not verify");
    }

    [Fact]
    public void Load_RotatingKeys_BothTrustedKeysAccepted()
    {
        foreach (var key in new[] { _shop.SigningKey, _shop.OtherSigningKey })
        {
            using var loaded = _shop.Load(_shop.Pack(key: key), null, _shop.TrustedKey, _shop.OtherTrustedKey).Bundle;
            Assert.NotNull(loaded);
        }
    }

    [Fact]
    public void Load_NoTrustedKey_Refused()
    {
        var result = BundleLoader.Load(_shop.Pack(), [], new BundlePolicy(BundleWorkshop.Now));

        Assert.Equal(DiagnosticCode.KeyInvalid, Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.Bundle);
    }

    [Fact]
    public void Load_TrustedKeyFileIsAPrivateKeyOrGarbage_RefusedByName()
    {
        var garbage = _shop.Folder.Write("keys/garbage.pub", "not a key");

        foreach (var key in new[] { _shop.SigningKey, garbage })
        {
            var diagnostic = Assert.Single(_shop.Load(_shop.Pack(), null, key).Diagnostics);
            Assert.Equal(DiagnosticCode.KeyInvalid, diagnostic.Code);
            Assert.Contains("the key file is not usable", diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_Expired_Refused()
    {
        var bundle = _shop.Pack(expiresAt: BundleWorkshop.Now.AddDays(30));

        AssertRefused(bundle, DiagnosticCode.BundleExpired, "expired at 2026-12-31", new BundlePolicy(BundleWorkshop.Now.AddDays(31)));
        using var loaded = _shop.Load(bundle, new BundlePolicy(BundleWorkshop.Now.AddDays(29))).Bundle;
        Assert.NotNull(loaded);
    }

    [Fact]
    public void Load_OlderThanTheRunningRevision_RefusedAsRollback()
    {
        AssertRefused(_shop.Pack(revision: 4), DiagnosticCode.BundleRollback, "older than 5", new BundlePolicy(BundleWorkshop.Now, 5));
    }

    [Fact]
    public void Load_RunningRevisionWithOtherContent_Refused_SameContent_Accepted()
    {
        var bundle = _shop.Pack(revision: 5);
        var content = KnowledgeRevision.OfFolders(_shop.RulesFolder, _shop.KbFolder);

        AssertRefused(bundle, DiagnosticCode.BundleRollback, "reuses revision 5", new BundlePolicy(BundleWorkshop.Now, 5, new string('0', 64)));
        using var loaded = _shop.Load(bundle, new BundlePolicy(BundleWorkshop.Now, 5, content)).Bundle;
        Assert.NotNull(loaded);
    }

    [Fact]
    public void Load_MadeForANewerEngine_Refused()
    {
        var bundle = _shop.Resign(_shop.Pack(), "newer", m => m with { Engine = "99.0.0" });

        AssertRefused(bundle, DiagnosticCode.BundleNeedsNewerEngine, "needs engine 99.0.0");
    }

    [Fact]
    public void Load_FileAddedAfterSigning_Refused()
    {
        var entries = BundleWorkshop.Entries(_shop.Pack()).Append(new("rules/extra.yaml", Encoding.UTF8.GetBytes(BundleWorkshop.Rule.Replace("r1", "r2", StringComparison.Ordinal))));

        AssertRefused(_shop.Repack("extra", entries), DiagnosticCode.BundleFileMismatch, "'rules/extra.yaml' is in the bundle but not in its manifest");
    }

    [Fact]
    public void Load_ListedFileRemoved_Refused()
    {
        var entries = BundleWorkshop.Entries(_shop.Pack()).Where(e => e.Key != "rules/r.tests.yaml");

        AssertRefused(_shop.Repack("removed", entries), DiagnosticCode.BundleFileMismatch, "'rules/r.tests.yaml' is listed in the manifest but not in the bundle");
    }

    [Fact]
    public void Load_ManifestListingAnExtraFileSignedByTheOwner_StillNeedsEveryListedFile()
    {
        var bundle = _shop.Resign(_shop.Pack(), "listed", m => m with { Files = m.Files.Add(new BundleFileEntry("rules/ghost.yaml", 1, new string('0', 64))) });

        AssertRefused(bundle, DiagnosticCode.BundleFileMismatch, "'rules/ghost.yaml' is listed in the manifest but not in the bundle");
    }

    public static TheoryData<string> UnsafeNames => new()
    {
        "../outside.yaml",
        "/etc/cron.d/evil",
        "rules/../../outside.yaml",
        "rules/./r2.yaml",
        "rules//r2.yaml",
        "rules\\..\\r2.yaml",
        "C:/Windows/evil",
        "rules/.hidden.yaml",
        "other/file.txt",
        "rules",
    };

    [Theory]
    [MemberData(nameof(UnsafeNames))]
    public void Load_UnsafeEntryName_Refused(string name)
    {
        var bundle = _shop.RawTar("unsafe", [BundleWorkshop.PlainEntry("manifest.json", "{}"), BundleWorkshop.PlainEntry(name, "x")]);

        AssertRefused(bundle, DiagnosticCode.BundleUnsafeEntry, "refused");
    }

    public static TheoryData<TarEntryType> LinkAndSpecialEntries => new()
    {
        TarEntryType.SymbolicLink,
        TarEntryType.HardLink,
        TarEntryType.Directory,
        TarEntryType.Fifo,
        TarEntryType.CharacterDevice,
    };

    [Theory]
    [MemberData(nameof(LinkAndSpecialEntries))]
    public void Load_LinkOrSpecialEntry_Refused(TarEntryType type)
    {
        var entry = new PaxTarEntry(type, "rules/link.yaml");
        if (type is TarEntryType.SymbolicLink or TarEntryType.HardLink)
        {
            entry.LinkName = "/etc/passwd";
        }

        AssertRefused(_shop.RawTar("link", [entry]), DiagnosticCode.BundleUnsafeEntry, "plain files only");
    }

    [Fact]
    public void Load_SameNameTwice_Refused()
    {
        var entries = BundleWorkshop.Entries(_shop.Pack());
        var bundle = _shop.Repack("twice", entries.Append(entries.Single(e => e.Key == "rules/r.yaml")));

        AssertRefused(bundle, DiagnosticCode.BundleUnsafeEntry, "twice");
    }

    [Fact]
    public void Load_NamesDifferingOnlyInCase_Refused()
    {
        var entries = BundleWorkshop.Entries(_shop.Pack());
        var bundle = _shop.Repack("case", entries.Append(new("rules/R.yaml", entries.Single(e => e.Key == "rules/r.yaml").Value)));

        AssertRefused(bundle, DiagnosticCode.BundleUnsafeEntry, "twice");
    }

    [Fact]
    public void Load_AFileOverTheCap_RefusedFromItsHeaderWithoutReadingIt()
    {
        // 17 MiB of zeros compress to a few KiB: the cap is judged on the entry's declared size.
        var bomb = new PaxTarEntry(TarEntryType.RegularFile, "rules/bomb.yaml") { DataStream = new MemoryStream(new byte[17 * 1024 * 1024]) };

        AssertRefused(_shop.RawTar("bomb", [bomb]), DiagnosticCode.BundleTooLarge, "more than the 16,777,216 a bundle may hold");
    }

    [Fact]
    public void Load_TooManyEntries_Refused()
    {
        var entries = Enumerable.Range(0, BundleFormat.MaxEntries + 1).Select(i => BundleWorkshop.PlainEntry($"rules/f{i}.yaml", ""));

        AssertRefused(_shop.RawTar("many", entries), DiagnosticCode.BundleTooLarge, "more than 20,000 entries");
    }

    [Fact]
    public void Load_BundleFileOverTheCap_RefusedBeforeReading()
    {
        var path = Path.Combine(_shop.Folder.Root, "huge.tgz");
        using (var stream = File.Create(path))
        {
            stream.SetLength(BundleFormat.MaxBundleBytes + 1);
        }

        AssertRefused(path, DiagnosticCode.BundleTooLarge, "more than the 67,108,864 accepted");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("truncated")]
    [InlineData("missing")]
    public void Load_NotABundle_RefusedAsUnreadable(string kind)
    {
        var path = Path.Combine(_shop.Folder.Root, kind + ".tgz");
        if (kind == "text")
        {
            File.WriteAllText(path, "rules:\n  - id: r1\n");
        }
        else if (kind == "truncated")
        {
            var bytes = File.ReadAllBytes(_shop.Pack());
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        }

        AssertRefused(path, DiagnosticCode.BundleUnreadable, kind == "missing" ? "cannot be read" : "not a complete gzip-compressed tar archive");
    }

    [Fact]
    public void Load_SignedAndIntactButARuleDoesNotValidate_RefusedWithTheRulesErrors()
    {
        _shop.Folder.Write("rules/r.yaml", BundleWorkshop.Rule.Replace("http-error", "http-eror", StringComparison.Ordinal));

        var result = _shop.Load(_shop.Pack());

        Assert.Null(result.Bundle);
        Assert.Equal(DiagnosticCode.BundleKnowledgeRejected, result.Diagnostics[0].Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.UnknownFactKind && d.Span.Path == "rules/r.yaml");
    }

    [Fact]
    public void Load_SignedAndIntactButARuleTestFails_Refused()
    {
        _shop.Folder.Write("rules/r.tests.yaml", BundleWorkshop.Tests.Replace("text: \"all fine\"", "text: \"HTTP 401 again\"", StringComparison.Ordinal));

        var result = _shop.Load(_shop.Pack());

        Assert.Null(result.Bundle);
        Assert.Equal(DiagnosticCode.BundleKnowledgeRejected, result.Diagnostics[0].Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.BundleKnowledgeRejected && d.Message.StartsWith("rule test 'no 401' fails", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SignedAndIntactButWithoutRuleTests_Refused()
    {
        File.Delete(Path.Combine(_shop.RulesFolder, "r.tests.yaml"));

        var result = _shop.Load(_shop.Pack());

        Assert.Null(result.Bundle);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("has no rule tests", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_SigningKeyReadableByOthers_Refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(_shop.SigningKey, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<BundleException>(() => _shop.Pack());

        Assert.Equal(DiagnosticCode.KeyInvalid, error.Diagnostic.Code);
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _shop.Dispose();

    private void AssertRefused(string bundle, DiagnosticCode code, string reason, BundlePolicy? policy = null)
    {
        var result = _shop.Load(bundle, policy);

        Assert.Null(result.Bundle);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
    }

    private static byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[copy.Length / 2] ^= 0x20;
        return copy;
    }
}
