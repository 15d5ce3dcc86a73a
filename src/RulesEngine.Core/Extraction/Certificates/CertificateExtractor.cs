using Org.BouncyCastle.X509;
using RulesEngine.Core.Facts;
using CertificateFact = RulesEngine.Core.Facts.Certificate;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Finds X.509 certificates in every shape a ticket carries them: JSON fields of a service key (at any depth, chains
/// included), after "Client certificate:" in trace logs, PEM blocks and chains, bare base64 on one line or wrapped.
/// Text that looks like a certificate but does not parse gives a <see cref="CertificateWarning"/> with the reason.</summary>
/// <remarks>The finders run in that order; the first to read a range of text claims it.</remarks>
internal sealed partial class CertificateExtractor : ITextExtractor
{
    // Indexes into Keywords.
    private const int JsonField = 0;
    private const int JsonFieldPlural = 1;
    private const int TraceMarker = 2;
    private const int PemBegin = 3;
    private const int Base64Start = 4;

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = ["certificate\"", "certificates\"", "client certificate:", "-----BEGIN", "MII"];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var reader = new CertificateReader(input.Source);
        var claims = new ClaimedRanges();
        var described = new Dictionary<X509Certificate, CertificateFact>(ReferenceEqualityComparer.Instance);
        var groups = FromJsonFields(reader, input.Hits.Where(h => h.Keyword is JsonField or JsonFieldPlural))
            .Concat(FromTraceMarkers(reader, Hits(input, TraceMarker), claims))
            .Concat(FromPemBlocks(reader, Hits(input, PemBegin), claims))
            .Concat(FromBase64(reader, Hits(input, Base64Start), claims));
        foreach (var found in groups)
        {
            if (found.Reads.Count == 0 || !claims.TryClaim(found.Reads[0].Start, found.Reads[^1].End))
            {
                continue;
            }

            var group = found.WithStatedRole(input.Source.Content);
            var chainIndex = group.FirstChainIndex;
            var chain = new List<LocatedFact>(group.Reads.Count);
            foreach (var read in group.Reads)
            {
                if (read.Certificate is { } certificate)
                {
                    if (!described.TryGetValue(certificate, out var template))
                    {
                        template = CertificateFacts.Describe(certificate, input.Now);
                        described[certificate] = template;
                    }

                    chain.Add(new LocatedFact(read.Start, template with
                    {
                        Origin = group.Origin,
                        OriginStated = group.OriginStated,
                        Source = group.Source,
                        SingleLine = CertificateText.IsSingleLine(input.Source.Content, read.Start, read.End),
                        ChainIndex = chainIndex++,
                        Evidence = input.Source.EvidenceAt(read.Start),
                    }));
                }

                if (read.Problem is { } problem)
                {
                    chain.Add(new LocatedFact(read.Start, new CertificateWarning(problem, group.Origin, group.Source)
                    {
                        Evidence = input.Source.EvidenceAt(read.Start),
                    }));
                }
            }

            facts.AddRange(ChainLeaves.Mark(chain));
        }
    }

    private static IEnumerable<Keywords.KeywordHit> Hits(ExtractionInput input, int keyword) =>
        input.Hits.Where(h => h.Keyword == keyword);
}
