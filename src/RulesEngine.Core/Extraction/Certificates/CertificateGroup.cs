namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Certificates read from one place (a chain), with where they were and how people would name that place.</summary>
/// <param name="Reads">The certificates and problems, in text order.</param>
/// <param name="Origin">A <see cref="Facts.CertificateOrigin"/> value.</param>
/// <param name="Source">The JSON field path, the log record, or the shape (<c>PEM block</c>, <c>base64 text</c>).</param>
/// <param name="FirstChainIndex">The chain index of the first certificate (an element of a JSON array of certificates).</param>
internal sealed record CertificateGroup(IReadOnlyList<CertificateRead> Reads, string Origin, string Source, int FirstChainIndex = 0);
