using System.Collections.Immutable;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Bundles;

/// <summary>The one way a bundle becomes a knowledge base: verify it (before anything in it is parsed), unpack the
/// verified bytes to a private folder, then load, validate, compile and run its own rule tests. Any failure refuses
/// the whole bundle with a stable code.</summary>
public static class BundleLoader
{
    public static BundleLoadResult Load(string bundleFile, IReadOnlyList<string> trustedKeyFiles, BundlePolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trustedKeyFiles);
        ArgumentNullException.ThrowIfNull(policy);
        VerifiedBundle verified;
        try
        {
            verified = BundleVerifier.Verify(bundleFile, [.. trustedKeyFiles.Select(BundleKeyFiles.ReadTrusted)], policy);
        }
        catch (BundleException ex)
        {
            return new BundleLoadResult(null, null, [ex.Diagnostic]);
        }

        var root = BundleUnpacker.Unpack(verified);
        try
        {
            var check = ReleaseCheck.Run(Path.Combine(root, "rules"), Path.Combine(root, "kb"), cancellationToken);
            if (check.KnowledgeBase is not { } knowledgeBase || check.Tests is not { } tests)
            {
                var refusal = Diagnostic.Error(DiagnosticCode.BundleKnowledgeRejected, SourceSpan.File(KnowledgePaths.Display(bundleFile)),
                    $"the bundle (revision {verified.Manifest.Revision}) is signed and intact, but its knowledge base fails validation or its own rule tests (below); fix it, test it and pack a new release");
                BundleUnpacker.Delete(root);
                return new BundleLoadResult(null, verified.Manifest, [refusal, .. check.Diagnostics.Where(d => d.IsError)]);
            }

            return new BundleLoadResult(new LoadedBundle(root, verified.Manifest, knowledgeBase, tests), verified.Manifest, check.Diagnostics);
        }
        catch
        {
            BundleUnpacker.Delete(root);
            throw;
        }
    }
}

/// <summary>The outcome of <see cref="BundleLoader.Load"/>.</summary>
/// <param name="Bundle">The loaded bundle; null when it was refused.</param>
/// <param name="Manifest">The verified manifest, when verification got that far.</param>
/// <param name="Diagnostics">The refusal first (when refused), then the knowledge base's own diagnostics.</param>
public sealed record BundleLoadResult(LoadedBundle? Bundle, BundleManifest? Manifest, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Refused => Bundle is null;
}
