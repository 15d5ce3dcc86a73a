namespace RulesEngine.Core.Facts;

/// <summary>Text that looks like a certificate but does not parse, with the reason (truncated, bad base64, not X.509 …).</summary>
/// <param name="Reason">Why it does not parse, in words an author can show ("the base64 text is truncated").</param>
/// <param name="Origin">Where it was: <c>trace-log</c>, <c>service-key</c> or <c>ticket</c>, as for <see cref="Certificate"/>.</param>
/// <param name="Source">The JSON field or log record, as for <see cref="Certificate.Source"/>.</param>
internal sealed record CertificateWarning(string Reason, string Origin, string? Source) : Fact;
