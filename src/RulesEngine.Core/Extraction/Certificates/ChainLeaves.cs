using CertificateFact = RulesEngine.Core.Facts.Certificate;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Tells the end entity of a chain from its CAs by the DNs, not by the order: a chain pasted root first, or a PKCS#7
/// bundle in any order, still has its leaf, so rules compare the leaves of two chains.</summary>
internal static class ChainLeaves
{
    /// <summary>The chain's facts in their order, each certificate marked a leaf unless another certificate of the chain, one not issued by
    /// itself, names it as its issuer. One set of issuers: linear in the chain, however long a hostile one is.</summary>
    public static IEnumerable<LocatedFact> Mark(List<LocatedFact> chain)
    {
        var issuers = chain.Select(f => f.Fact).OfType<CertificateFact>()
            .Where(c => !string.Equals(c.Subject, c.Issuer, StringComparison.Ordinal))
            .Select(c => c.Issuer)
            .ToHashSet(StringComparer.Ordinal);
        return chain.Select(located => located.Fact is CertificateFact certificate && issuers.Contains(certificate.Subject)
            ? located with { Fact = certificate with { Leaf = false } }
            : located);
    }
}
