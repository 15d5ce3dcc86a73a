using System.Collections.Immutable;

namespace RulesEngine.Core.Bundles;

/// <summary>What a bundle says about itself; the signature covers its exact bytes.</summary>
/// <param name="Format">Always <see cref="BundleFormat.Tag"/>.</param>
/// <param name="Revision">The release number: a server never moves to a lower one.</param>
/// <param name="ContentRevision">The knowledge base's content revision (what <c>triage validate</c> prints).</param>
/// <param name="CreatedAt">When it was packed.</param>
/// <param name="ExpiresAt">After this it is refused; null: never.</param>
/// <param name="Engine">The lowest engine version that may load it.</param>
/// <param name="KeyId">The id of the key that signed it.</param>
/// <param name="Files">Every file, by name, in ordinal order.</param>
public sealed record BundleManifest(
    string Format,
    long Revision,
    string ContentRevision,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    string Engine,
    string KeyId,
    ImmutableArray<BundleFileEntry> Files);

/// <summary>One file of a bundle.</summary>
/// <param name="Path">Its name below the bundle's root (<c>rules/…</c>, <c>kb/…</c>).</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lowercase hex.</param>
public sealed record BundleFileEntry(string Path, long Size, string Sha256);

/// <summary>The content of <c>manifest.sig</c>: which key signed the manifest, and the signature.</summary>
internal sealed record BundleSignature(string KeyId, string Algorithm, string Signature);
