using System.Globalization;

namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>What a key's JSON or its creation parameters say about it: plan, key type and end of validity.</summary>
/// <param name="Offset">0-based offset of the object they were read from, to pick the parameters nearest a key.</param>
/// <param name="Plan">The service plan (<c>integration-flow</c>, <c>api</c>), from a plan field or a role or tag.</param>
/// <param name="KeyType">The key type, normalized (<c>certificate</c>, <c>external-certificate</c>, <c>clientid-secret</c>).</param>
/// <param name="ValidUntil">A <c>validuntil</c> field.</param>
internal sealed record ServiceKeyParameters(int Offset, string? Plan, string? KeyType, DateTimeOffset? ValidUntil)
{
    private static readonly string[] PlanNames = ["integration-flow", "api"];

    /// <summary>True when nothing was found.</summary>
    public bool IsEmpty => Plan is null && KeyType is null && ValidUntil is null;

    /// <summary>These values, each completed from <paramref name="other"/> when missing here.</summary>
    public ServiceKeyParameters Or(ServiceKeyParameters other) =>
        new(Offset, Plan ?? other.Plan, KeyType ?? other.KeyType, ValidUntil ?? other.ValidUntil);

    /// <summary>Reads the parameters in the subtree of node <paramref name="scope"/> of <paramref name="scan"/>.</summary>
    public static ServiceKeyParameters Read(string text, JsonScan scan, int scope)
    {
        string? plan = null, keyType = null;
        DateTimeOffset? validUntil = null;
        var end = scan.Nodes[scope].ValueEnd;
        for (var i = scope; i < scan.Nodes.Count && scan.Nodes[i].ValueStart < end; i++)
        {
            var node = scan.Nodes[i];
            if (node.Kind != JsonNodeKind.String)
            {
                continue;
            }

            var value = JsonText.Unescape(text, node.ValueStart, node.ValueEnd).Trim();
            var parent = node.Parent >= 0 ? Normalized(scan.Nodes[node.Parent].Name) : null;
            switch (Normalized(node.Name))
            {
                case "plan" or "planname" or "serviceplan" or "serviceplanname":
                case "name" when parent is "plan" or "serviceplan":
                    plan ??= Kebab(value);
                    break;
                case "keytype":
                    keyType ??= NormalizeKeyType(value);
                    break;
                case "validuntil":
                    validUntil ??= Time(value);
                    break;
                case null when parent is "roles" or "tags" && PlanNames.Contains(Kebab(value)):
                    plan ??= Kebab(value);
                    break;
            }
        }

        return new ServiceKeyParameters(scan.Nodes[scope].ValueStart, plan, keyType, validUntil);
    }

    /// <summary>A key type as people write it (<c>Certificate</c>, <c>External Certificate</c>, <c>ClientId/Secret</c>) in the fact's form.</summary>
    public static string NormalizeKeyType(string value)
    {
        var lower = value.ToLowerInvariant();
        return lower.Contains("external", StringComparison.Ordinal) ? "external-certificate"
            : lower.Contains("secret", StringComparison.Ordinal) || lower.Contains("basic", StringComparison.Ordinal) ? "clientid-secret"
            : lower.Contains("certificate", StringComparison.Ordinal) || lower.Contains("x509", StringComparison.Ordinal) ? "certificate"
            : Kebab(value);
    }

    private static string? Normalized(string? name) =>
        name?.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Kebab(string value) =>
        value.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');

    private static DateTimeOffset? Time(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
