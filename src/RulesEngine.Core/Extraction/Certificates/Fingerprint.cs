using System.Security.Cryptography;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Certificate fingerprints as upper-case hex pairs joined by colons (AA:BB:…).</summary>
internal static class Fingerprint
{
    /// <summary>The SHA-256 fingerprint of <paramref name="der"/>.</summary>
    public static string Sha256(byte[] der) => Format(SHA256.HashData(der));

    /// <summary>The SHA-1 fingerprint of <paramref name="der"/>, for display next to tools that still print it.</summary>
#pragma warning disable CA5350 // SHA-1 is printed to compare with other tools, never used to trust a certificate.
    public static string Sha1(byte[] der) => Format(SHA1.HashData(der));
#pragma warning restore CA5350

    /// <summary>Formats <paramref name="hash"/> as AA:BB:….</summary>
    public static string Format(ReadOnlySpan<byte> hash) =>
        string.Join(':', Convert.ToHexString(hash).Chunk(2).Select(pair => new string(pair)));
}
