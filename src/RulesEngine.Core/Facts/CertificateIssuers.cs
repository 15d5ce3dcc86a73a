namespace RulesEngine.Core.Facts;

/// <summary>Who issued a certificate, from its issuer DN: <c>self-signed</c>, a <c>public-ca</c> (an organisation of the
/// public root programs, whose roots browsers and the BTP load balancer trust) or a <c>private-ca</c> (a company's own
/// CA, which SAP Note 2801396 says the load balancer does not accept). The one place that knows the public CAs' names.</summary>
internal static class CertificateIssuers
{
    public const string SelfSigned = "self-signed";
    public const string PublicCa = "public-ca";
    public const string PrivateCa = "private-ca";

    /// <summary>Every value, for the fact catalog.</summary>
    public static IReadOnlyList<string> All { get; } = [SelfSigned, PublicCa, PrivateCa];

    // Organisations (or their brands) that operate roots of the Mozilla, Microsoft and Apple root programs, as they
    // appear in issuer DNs (O= or CN=). A match anywhere in the DN, ignoring case.
    private static readonly string[] PublicCas =
    [
        "DigiCert", "Let's Encrypt", "ISRG", "GlobalSign", "Sectigo", "COMODO", "Entrust", "GoDaddy", "Go Daddy", "Starfield",
        "Amazon", "Microsoft Corporation", "Microsoft RSA", "Microsoft ECC", "Google Trust Services", "IdenTrust", "QuoVadis",
        "SwissSign", "T-Systems", "Telekom Security", "D-TRUST", "Buypass", "Certum", "Asseco", "Actalis", "HARICA", "SSL.com",
        "thawte", "GeoTrust", "RapidSSL", "VeriSign", "Symantec", "Baltimore", "Cybertrust", "Network Solutions", "Certigna",
        "Izenpe", "Secom", "GTS Root", "USERTrust", "AAA Certificate Services", "Trustwave", "SecureTrust", "Certainly",
        "Atos TrustedRoot", "Hongkong Post", "TWCA", "Chunghwa", "NetLock", "e-Szigno", "Firmaprofesional", "ACCV",
    ];

    /// <summary>The kind of issuer of a certificate with <paramref name="issuer"/> DN.</summary>
    public static string KindOf(string issuer, bool selfSigned) =>
        selfSigned ? SelfSigned
        : Array.Exists(PublicCas, name => issuer.Contains(name, StringComparison.OrdinalIgnoreCase)) ? PublicCa
        : PrivateCa;
}
