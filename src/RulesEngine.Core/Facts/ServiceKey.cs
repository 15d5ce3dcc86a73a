namespace RulesEngine.Core.Facts;

/// <summary>A service key of a Process Integration Runtime instance (its <c>oauth</c> block), without its secrets; or what the
/// ticket's prose says about one (<paramref name="Stated"/>).</summary>
/// <param name="ClientId">The <c>clientid</c>.</param>
/// <param name="Plan">The service plan when visible (<c>integration-flow</c>, <c>api</c>).</param>
/// <param name="KeyType">The key type: <c>certificate</c> (SAP-generated key pair), <c>external-certificate</c> (a certificate
/// without a private key) or <c>clientid-secret</c>; null when it cannot be told.</param>
/// <param name="Url">The runtime URL.</param>
/// <param name="TokenUrl">The OAuth token URL.</param>
/// <param name="HasClientSecret">True when a <c>clientsecret</c> is present (its value is never kept).</param>
/// <param name="HasPrivateKey">True when a private <c>key</c> is present (its value is never kept).</param>
/// <param name="CertificateSha256">SHA-256 fingerprint of the key's certificate, when it has one that parses.</param>
/// <param name="CertificateSingleLine">True when the certificate value is on one single line, false when it has line breaks or <c>\n</c> escapes.</param>
/// <param name="ValidUntil">The certificate's end of validity (or the key's <c>validuntil</c>), when known.</param>
/// <param name="Stated">True when this is what the ticket's prose says about a key ("key type: External Certificate", "the key
/// is valid until 2026-10-31"), not a key's JSON: then only the key type or the end of validity is known.</param>
internal sealed record ServiceKey(
    string? ClientId,
    string? Plan,
    string? KeyType,
    string? Url,
    string? TokenUrl,
    bool HasClientSecret,
    bool HasPrivateKey,
    string? CertificateSha256,
    bool? CertificateSingleLine,
    DateTimeOffset? ValidUntil,
    bool Stated = false) : Fact;
