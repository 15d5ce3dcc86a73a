namespace RulesEngine.Core.Bundles;

/// <summary>What a bundle is judged against besides its signature: the time (for expiry) and the lowest revision it may
/// have (the one running, against rollback).</summary>
/// <param name="Now">The current time.</param>
/// <param name="MinimumRevision">The lowest revision accepted: the running bundle's, or 0.</param>
/// <param name="ContentAtMinimum">The content revision of the bundle at <paramref name="MinimumRevision"/>, when known: a
/// bundle with that revision number and other content is refused (a revision number names one release).</param>
public sealed record BundlePolicy(DateTimeOffset Now, long MinimumRevision = 0, string? ContentAtMinimum = null)
{
    /// <summary>The policy for replacing <paramref name="running"/> (null: nothing runs yet).</summary>
    public static BundlePolicy After(BundleManifest? running, DateTimeOffset now) =>
        running is null ? new BundlePolicy(now) : new BundlePolicy(now, running.Revision, running.ContentRevision);
}
