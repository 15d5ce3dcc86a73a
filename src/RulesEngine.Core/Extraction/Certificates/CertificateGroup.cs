namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Certificates read from one place (a chain), with where they were and how people would name that place.</summary>
/// <param name="Reads">The certificates and problems, in text order.</param>
/// <param name="Origin">A <see cref="Facts.CertificateOrigin"/> value.</param>
/// <param name="Source">The JSON field path, the log record, or the shape (<c>PEM block</c>, <c>base64 text</c>).</param>
/// <param name="FirstChainIndex">The chain index of the first certificate (an element of a JSON array of certificates).</param>
/// <param name="OriginStated">True when the origin comes from the words before the text (<see cref="CertificateRoles"/>).</param>
internal sealed record CertificateGroup(IReadOnlyList<CertificateRead> Reads, string Origin, string Source, int FirstChainIndex = 0, bool OriginStated = false)
{
    /// <summary>This group with the role the words before it give, when it was found in no place of its own (origin
    /// <c>ticket</c>) and the words name one.</summary>
    public CertificateGroup WithStatedRole(string text) =>
        Origin == Facts.CertificateOrigin.Ticket && Reads.Count > 0 && CertificateRoles.Of(text, Reads[0].Start) is { } role
            ? this with { Origin = role.Origin, Source = $"{Source} after \"{role.Words}\"", OriginStated = true }
            : this;
}
