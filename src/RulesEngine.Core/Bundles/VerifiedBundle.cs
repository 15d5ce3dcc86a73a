using System.Collections.Immutable;

namespace RulesEngine.Core.Bundles;

/// <summary>A bundle whose signature, manifest and every file have been checked: its manifest and its files' bytes.</summary>
internal sealed record VerifiedBundle(BundleManifest Manifest, ImmutableArray<KeyValuePair<string, byte[]>> Files);
