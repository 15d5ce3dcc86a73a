using RulesEngine.Core.Testing;

namespace RulesEngine.Core.Bundles;

/// <summary>A bundle that passed every check, its knowledge base loaded, and the private folder its files were
/// unpacked to (rule tests and their fixtures are read from there); disposing deletes the folder.</summary>
public sealed class LoadedBundle : IDisposable
{
    private readonly string _root;

    internal LoadedBundle(string root, BundleManifest manifest, KnowledgeBase knowledgeBase, RuleTestReport tests)
    {
        _root = root;
        Manifest = manifest;
        KnowledgeBase = knowledgeBase;
        Tests = tests;
    }

    public BundleManifest Manifest { get; }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The bundle's own rule tests, all passed.</summary>
    public RuleTestReport Tests { get; }

    /// <summary>Where the bundle's rules were unpacked.</summary>
    public string RulesFolder => Path.Combine(_root, "rules");

    /// <summary>Where the bundle's kb was unpacked.</summary>
    public string KbFolder => Path.Combine(_root, "kb");

    public void Dispose() => BundleUnpacker.Delete(_root);
}
