using Org.BouncyCastle.X509;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>One certificate read from text, or text that looked like one and did not parse, or both (a complete
/// certificate in a PEM block without its END line).</summary>
/// <param name="Start">0-based offset where its text starts (a BEGIN line or the first base64 character): the evidence position.</param>
/// <param name="End">0-based offset just past its text.</param>
/// <param name="Certificate">The parsed certificate, or null.</param>
/// <param name="Problem">Why it does not parse, in words an author can show; null when it does.</param>
internal sealed record CertificateRead(int Start, int End, X509Certificate? Certificate, string? Problem);
