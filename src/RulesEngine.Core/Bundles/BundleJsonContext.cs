using System.Text.Json.Serialization;

namespace RulesEngine.Core.Bundles;

/// <summary>Source-generated JSON for the manifest and signature: strict (no comments, no trailing commas), camelCase,
/// and every property required so a field left out is an error instead of a default.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 8)]
[JsonSerializable(typeof(BundleManifest))]
[JsonSerializable(typeof(BundleSignature))]
internal sealed partial class BundleJsonContext : JsonSerializerContext;
