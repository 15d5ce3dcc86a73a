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
        var keys = new List<(JsonScan Scan, List<int> Nodes)>();
        var parameters = new List<ServiceKeyParameters>();
        foreach (var scan in scans)
        {
            var found = KeyObjects(scan);
            if (found.Count > 0)
            {
                keys.Add((scan, found));
            }
            else if (ServiceKeyParameters.Read(input.Source.Content, scan, 0) is { IsEmpty: false } separate)
            {
                parameters.Add(separate);
            }
        }

        foreach (var (scan, nodes) in keys)
        {
            var keysWithin = KeysWithin(scan, nodes);
            foreach (var node in nodes)
            {
                var own = ServiceKeyParameters.Read(input.Source.Content, scan, ScopeOf(scan, node, keysWithin));
                var nearest = Nearest(parameters, scan.Nodes[node].ValueStart);
                var key = Describe(reader, scan, node, nearest is null ? own : own.Or(nearest));
                facts.Add(new LocatedFact(key.Offset, key.Fact with { Evidence = input.Source.EvidenceAt(key.Offset) }));
            }
        }
    }

    // The parameters (in text order) read nearest to offset, before or after it.
    private static ServiceKeyParameters? Nearest(List<ServiceKeyParameters> parameters, int offset)
    {
        int low = 0, high = parameters.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            (low, high) = parameters[mid].Offset < offset ? (mid + 1, high) : (low, mid);
        }

        var after = low;
        var before = after - 1;
        return (before >= 0, after < parameters.Count) switch
        {
            (true, true) => offset - parameters[before].Offset <= parameters[after].Offset - offset ? parameters[before] : parameters[after],
            (true, false) => parameters[before],
            (false, true) => parameters[after],
            _ => null,
        };
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

    // How many keys each node of the scan holds (itself included).
    private static int[] KeysWithin(JsonScan scan, List<int> keys)
    {
        var counts = new int[scan.Nodes.Count];
        foreach (var key in keys)
        {
            for (var node = key; node >= 0; node = scan.Nodes[node].Parent)
            {
                counts[node]++;
            }
        }

        return counts;
    }

    // The widest object around the key that holds no other key: where its creation parameters and plan may be.
    private static int ScopeOf(JsonScan scan, int node, int[] keysWithin)
    {
        var scope = node;
        for (var parent = scan.Nodes[node].Parent; parent >= 0 && keysWithin[parent] == 1; parent = scan.Nodes[parent].Parent)
        {
            scope = parent;
        }

        return scope;
    }

    private static string? Redacted(string? value) => value is null ? null : SecretRedactor.Redact(value);
}
