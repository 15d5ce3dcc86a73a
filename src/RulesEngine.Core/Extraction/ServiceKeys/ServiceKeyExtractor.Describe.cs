using RulesEngine.Core.Extraction.Certificates;
using RulesEngine.Core.Facts;
using ServiceKeyFact = RulesEngine.Core.Facts.ServiceKey;

namespace RulesEngine.Core.Extraction.ServiceKeys;

internal sealed partial class ServiceKeyExtractor
{
    // The fact for the key object at node, and the offset of its evidence: the "oauth" name, else the clientid.
    private static (int Offset, ServiceKeyFact Fact) Describe(CertificateReader reader, JsonScan scan, int node, ServiceKeyParameters parameters)
    {
        var text = reader.Source.Content;
        var url = Redacted(StringMember(text, scan, node, "url"));
        var certificateNode = scan.Member(node, "certificate");
        var hasCertificate = certificateNode >= 0 && scan.Nodes[certificateNode] is { Kind: JsonNodeKind.String } c && c.ValueEnd > c.ValueStart;
        var certificate = hasCertificate
            ? reader.ReadAll(scan.Nodes[certificateNode].ValueStart, scan.Nodes[certificateNode].ValueEnd, bounded: true)
                .Select(r => r.Certificate).FirstOrDefault(r => r is not null)
            : null;
        var hasSecret = !string.IsNullOrEmpty(StringMember(text, scan, node, "clientsecret") ?? StringMember(text, scan, node, "client_secret"));
        var hasKey = !string.IsNullOrEmpty(StringMember(text, scan, node, "key"));
        var keyType = parameters.KeyType ?? (hasCertificate, hasKey, hasSecret) switch
        {
            (true, true, _) => "certificate",
            (true, false, _) => "external-certificate",
            (false, _, true) => "clientid-secret",
            _ => null,
        };

        var fact = new ServiceKeyFact(
            StringMember(text, scan, node, "clientid") ?? StringMember(text, scan, node, "client_id"),
            parameters.Plan ?? PlanOf(url),
            keyType,
            url,
            Redacted(StringMember(text, scan, node, "tokenurl")),
            hasSecret,
            hasKey,
            certificate is null ? null : Fingerprint.Sha256(certificate.GetEncoded()),
            hasCertificate ? CertificateText.IsSingleLine(text, scan.Nodes[certificateNode].ValueStart, scan.Nodes[certificateNode].ValueEnd) : null,
            certificate is null ? parameters.ValidUntil : CertificateFacts.Describe(certificate, DateTimeOffset.MinValue).NotAfter)
        {
            Evidence = new Facts.Evidence(string.Empty, 1, 1, string.Empty),
        };

        var clientId = ClientIdMember(scan, node);
        var offset = string.Equals(scan.Nodes[node].Name, "oauth", StringComparison.OrdinalIgnoreCase) || clientId < 0
            ? scan.Nodes[node].NameStart
            : scan.Nodes[clientId].NameStart;
        return (offset, fact);
    }

    private static string? StringMember(string text, JsonScan scan, int node, string name)
    {
        var member = scan.Member(node, name);
        return member >= 0 && scan.Nodes[member].Kind == JsonNodeKind.String
            ? JsonText.Unescape(text, scan.Nodes[member].ValueStart, scan.Nodes[member].ValueEnd)
            : null;
    }

    // The plan a runtime URL tells: *.it-cpiNNN-rt.* serves integration flows, *.it-cpiNNN.* the API.
    private static string? PlanOf(string? url)
    {
        return !Uri.TryCreate(url, UriKind.Absolute, out var uri) ? null : HostTargets.Of(uri.Host) switch
        {
            HostTargets.CpiRuntime => "integration-flow",
            HostTargets.CpiDesignTime => "api",
            _ => null,
        };
    }
}
