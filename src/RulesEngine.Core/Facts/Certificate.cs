namespace RulesEngine.Core.Facts;

/// <summary>An X.509 certificate found in an input and parsed with BouncyCastle.</summary>
/// <param name="Sha256">SHA-256 fingerprint of the DER encoding, upper-case hex with colons (AA:BB:…).</param>
/// <param name="Sha1">SHA-1 fingerprint, same format.</param>
/// <param name="Subject">Subject DN as BouncyCastle prints it (CN=…,O=…,C=…).</param>
/// <param name="Issuer">Issuer DN, same format.</param>
/// <param name="Serial">Serial number, upper-case hex.</param>
/// <param name="NotBefore">Start of validity (UTC).</param>
/// <param name="NotAfter">End of validity (UTC).</param>
/// <param name="Origin">Where it comes from: <c>trace-log</c> (printed under a trace line), <c>service-key</c> (a service key's JSON),
/// <c>client</c> (what the sender presents), or <c>ticket</c>; for a certificate pasted bare, what the words before it say.</param>
/// <param name="SingleLine">True when the certificate's text was on one single line (as a service key requires).</param>
/// <param name="Expired">True when <paramref name="NotAfter"/> is before the time the ticket is judged at.</param>
/// <param name="NotYetValid">True when <paramref name="NotBefore"/> is after the time the ticket is judged at.</param>
/// <param name="SelfSigned">True when issuer equals subject and the certificate verifies with its own key.</param>
/// <param name="Source">Where exactly: the JSON field (<c>oauth.certificate</c>) or the log record's line, as people would say it.</param>
/// <param name="ChainIndex">Position in the chain it was found in: 0 for the first (usually the leaf).</param>
/// <param name="KeyWarning">Why its public key was not used to check its signature (an RSA key over 8,192 bits or with
/// an exponent over 64 bits, a DSA key, an unreadable key); null when it was.</param>
/// <param name="OriginStated">True when <paramref name="Origin"/> comes from the ticket's words before a certificate pasted bare
/// ("the certificate from our service key:"), not from where it was found: weaker evidence.</param>
/// <param name="Leaf">True when no other certificate of its chain was issued by it: the end entity, wherever the chain puts it.</param>
internal sealed record Certificate(
    string Sha256,
    string Sha1,
    string Subject,
    string Issuer,
    string Serial,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Origin,
    bool SingleLine,
    bool Expired = false,
    bool NotYetValid = false,
    bool SelfSigned = false,
    string? Source = null,
    int ChainIndex = 0,
    string? KeyWarning = null,
    bool OriginStated = false,
    bool Leaf = true) : Fact
{
    /// <summary>Who issued it: self-signed, public-ca or private-ca (<see cref="CertificateIssuers"/>).</summary>
    public string IssuerKind => CertificateIssuers.KindOf(Issuer, SelfSigned);
}
