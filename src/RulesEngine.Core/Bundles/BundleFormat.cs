namespace RulesEngine.Core.Bundles;

/// <summary>The bundle file format: a gzip-compressed tar archive holding <c>manifest.json</c>, its signature
/// <c>manifest.sig</c>, and the knowledge base's files under <c>rules/</c> and <c>kb/</c>. The caps bound what a hostile
/// bundle can make a reader allocate before a byte of it is trusted.</summary>
internal static class BundleFormat
{
    /// <summary>The manifest's <c>format</c> value; a reader refuses any other.</summary>
    public const string Tag = "triage-bundle/1";

    public const string ManifestName = "manifest.json";

    public const string SignatureName = "manifest.sig";

    /// <summary>The only signature algorithm.</summary>
    public const string Algorithm = "Ed25519";

    /// <summary>Largest bundle file, compressed.</summary>
    public const long MaxBundleBytes = 64L * 1024 * 1024;

    /// <summary>Largest sum of the entries' sizes, uncompressed (a gzip bomb stops here).</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Largest single file.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Largest manifest or signature.</summary>
    public const long MaxManifestBytes = 8L * 1024 * 1024;

    /// <summary>Most entries.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>Longest entry name, in characters.</summary>
    public const int MaxNameLength = 400;

    /// <summary>The engine version a bundle packed now requires: the version of this assembly.</summary>
    public static Version EngineVersion { get; } = typeof(BundleFormat).Assembly.GetName().Version is { } v
        ? new Version(v.Major, v.Minor, Math.Max(v.Build, 0))
        : new Version(1, 0, 0);
}
