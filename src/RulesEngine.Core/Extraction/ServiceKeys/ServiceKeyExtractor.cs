using RulesEngine.Core.Extraction.Certificates;
using RulesEngine.Core.Extraction.Redaction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>Finds service keys of a Process Integration Runtime instance in JSON: the <c>oauth</c> block, bare or wrapped
/// (<c>{"credentials": …}</c>, cf CLI output, a cockpit copy), with the creation parameters when the ticket has them.
/// Secrets are only noted as present, never copied.</summary>
internal sealed partial class ServiceKeyExtractor : ITextExtractor
{
    // Members that, beside a clientid, make an object a key's credentials.
    private static readonly string[] KeyMembers = ["clientsecret", "url", "tokenurl", "certificate", "key"];

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = ["clientid", "\"oauth\"", "\"grant-types\"", "\"key-type\"", "\"keytype\""];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var reader = new CertificateReader(input.Source);
        var scans = JsonRegions.Around(input.Source.Content, input.Hits.Select(h => h.Offset));
        var keys = new List<(JsonScan Scan, int Node)>();
        var parameters = new List<ServiceKeyParameters>();
        foreach (var scan in scans)
        {
            var found = KeyObjects(scan);
            keys.AddRange(found.Select(node => (scan, node)));
            if (found.Count == 0)
            {
                parameters.Add(ServiceKeyParameters.Read(input.Source.Content, scan, 0));
            }
        }

        foreach (var (scan, node) in keys)
        {
            var own = ServiceKeyParameters.Read(input.Source.Content, scan, ScopeOf(scan, node, keys));
            var nearest = parameters.Where(p => !p.IsEmpty)
                .OrderBy(p => Math.Abs(p.Offset - scan.Nodes[node].ValueStart)).FirstOrDefault();
            var key = Describe(reader, scan, node, nearest is null ? own : own.Or(nearest));
            facts.Add(new LocatedFact(key.Offset, key.Fact with { Evidence = input.Source.EvidenceAt(key.Offset) }));
        }
    }

    // Objects that are a key's credentials: they have a clientid and something else of a key, or are the oauth block.
    private static List<int> KeyObjects(JsonScan scan)
    {
        var found = new List<int>();
        for (var i = 0; i < scan.Nodes.Count; i++)
        {
            if (scan.Nodes[i].Kind != JsonNodeKind.Object)
            {
                continue;
            }

            var isOauth = string.Equals(scan.Nodes[i].Name, "oauth", StringComparison.OrdinalIgnoreCase);
            var hasClientId = ClientIdMember(scan, i) >= 0;
            var hasMore = KeyMembers.Any(n => scan.Member(i, n) >= 0);
            if ((hasClientId && hasMore) || (isOauth && (hasClientId || hasMore)))
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static int ClientIdMember(JsonScan scan, int node)
    {
        var member = scan.Member(node, "clientid");
        return member >= 0 ? member : scan.Member(node, "client_id");
    }

    // The widest object around the key that holds no other key: where its creation parameters and plan may be.
    private static int ScopeOf(JsonScan scan, int node, List<(JsonScan Scan, int Node)> keys)
    {
        var scope = node;
        for (var parent = scan.Nodes[node].Parent; parent >= 0; parent = scan.Nodes[parent].Parent)
        {
            if (keys.Any(k => k.Scan == scan && k.Node != node && scan.IsWithin(k.Node, parent)))
            {
                break;
            }

            scope = parent;
        }

        return scope;
    }

    private static string? Redacted(string? value) => value is null ? null : SecretRedactor.Redact(value);
}
