namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Text that may hold a certificate, where it was found, and in what shape.</summary>
/// <param name="Start">0-based offset where the certificate text starts (the evidence position).</param>
/// <param name="End">0-based offset just past it; later candidates inside [Start, End) are the same certificate.</param>
/// <param name="Text">The certificate text (PEM, one-line PEM or base64), JSON escapes already decoded.</param>
/// <param name="Origin">A <see cref="Facts.CertificateOrigin"/> value.</param>
/// <param name="SingleLine">True when the source text had no line break (real, or an escaped \n) inside the certificate.</param>
internal readonly record struct CertificateCandidate(int Start, int End, string Text, string Origin, bool SingleLine);
