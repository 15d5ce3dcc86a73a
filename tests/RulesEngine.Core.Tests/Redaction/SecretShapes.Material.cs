using System.Text;

namespace RulesEngine.Core.Tests.Redaction;

public static partial class SecretShapes
{
    // OIDs as DER: rsaEncryption, and PBES2 (an encrypted PKCS#8 key).
    private static readonly byte[] _rsaAlgorithm = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];
    private static readonly byte[] _pbes2 = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];

    // Private keys pasted as bare base64 (no BEGIN/END lines), in JSON, and as a one-line PEM.
    private static void AddKeyMaterial(List<SecretShape> shapes, Random random)
    {
        var pkcs8 = Convert.ToBase64String(Sequence([0x02, 0x01, 0x00, .. _rsaAlgorithm, .. OctetString(Bytes(random, 1190))]));
        var sec1 = Convert.ToBase64String(Sequence([0x02, 0x01, 0x01, .. OctetString(Bytes(random, 32)), .. Bytes(random, 80)]));
        var encrypted = Convert.ToBase64String(Sequence([.. Sequence([.. _pbes2, .. Sequence(Bytes(random, 60))]), .. OctetString(Bytes(random, 1216))]));
        Add(shapes, "key-material", "bare-pkcs8", "key {0} end", pkcs8);
        Add(shapes, "key-material", "bare-sec1", "ec key: {0}", sec1);
        Add(shapes, "key-material", "bare-encrypted-pkcs8", "{0}", encrypted);
        Add(shapes, "key-material", "json-private-key", "{{\"certificate\":\"none\",\"privateKey\":\"{0}\"}}", pkcs8[..1000] + Alphanumeric(random, 40));
        var escaped = Convert.ToBase64String(Sequence([0x02, 0x01, 0x00, .. _rsaAlgorithm, .. OctetString(Bytes(random, 600))]));
        var wrapped = string.Join("\\n", Enumerable.Range(0, (escaped.Length + 63) / 64).Select(i => escaped.Substring(i * 64, Math.Min(64, escaped.Length - (i * 64)))));
        shapes.Add(new("key-material", "json-escaped-lines", $"{{\"key\": \"{wrapped}\"}}", wrapped, "{\"key\": \"***\"}"));
        var pem = Convert.ToBase64String(Bytes(random, 300));
        shapes.Add(new("key-material", "pem-one-line", $"key: -----BEGIN RSA PRIVATE KEY-----{pem}-----END RSA PRIVATE KEY----- end", pem,
            "key: -----BEGIN PRIVATE KEY----- *** -----END PRIVATE KEY----- end"));
    }

    // SAML assertions, plain and encrypted, and XML Encryption elements, each on one line.
    private static void AddEncryptedXml(List<SecretShape> shapes, Random random)
    {
        var cipher = Convert.ToBase64String(Bytes(random, 180));
        var key = Convert.ToBase64String(Bytes(random, 120));
        shapes.Add(new("encrypted-xml", "encrypted-assertion",
            $"<saml:EncryptedAssertion><xenc:EncryptedData Type=\"http://www.w3.org/2001/04/xmlenc#Element\"><xenc:CipherData><xenc:CipherValue>{cipher}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData><ds:KeyInfo><xenc:EncryptedKey><xenc:CipherData><xenc:CipherValue>{key}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo></saml:EncryptedAssertion> done",
            cipher, "<saml:EncryptedAssertion>***</saml:EncryptedAssertion> done"));
        var data = Convert.ToBase64String(Bytes(random, 150));
        shapes.Add(new("encrypted-xml", "encrypted-data", $"<xenc:EncryptedData><xenc:CipherData><xenc:CipherValue>{data}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData>",
            data, "<xenc:EncryptedData>***</xenc:EncryptedData>"));
        var value = Convert.ToBase64String(Bytes(random, 90));
        shapes.Add(new("encrypted-xml", "cipher-value", $"<CipherValue>{value}</CipherValue>", value, "<CipherValue>***</CipherValue>"));
        var nameId = "Pw" + Alphanumeric(random, 20);
        shapes.Add(new("encrypted-xml", "assertion", $"<saml2:Assertion ID=\"_a1\"><saml2:Subject><saml2:NameID>{nameId}</saml2:NameID></saml2:Subject></saml2:Assertion>",
            nameId, "<saml2:Assertion>***</saml2:Assertion>"));
        Add(shapes, "encrypted-xml", "saml-response", "POST /acs SAMLResponse={0}&RelayState=x", Convert.ToBase64String(Bytes(random, 120)));
    }

    private static byte[] Sequence(byte[] content) => [0x30, .. Length(content.Length), .. content];

    private static byte[] OctetString(byte[] content) => [0x04, .. Length(content.Length), .. content];

    private static byte[] Length(int length) =>
        length < 0x80 ? [(byte)length] : length < 0x100 ? [0x81, (byte)length] : [0x82, (byte)(length >> 8), (byte)length];

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    // A password as people choose them: letters, digits and one symbol inside, never a sentence word.
    private static string Password(Random random) =>
        Letters(random, 4) + Digits(random, 2) + "!+-_~"[random.Next(5)] + Alphanumeric(random, 6) + Digits(random, 1);

    private static string Letters(Random random, int count) => Pick(random, count, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

    private static string Alphanumeric(Random random, int count) => Pick(random, count, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");

    private static string Upper(Random random, int count) => Pick(random, count, "ABCDEFGHJKLMNPQRSTUVWXYZ234567");

    private static string Digits(Random random, int count) => Pick(random, count, "0123456789");

    private static string Hex(Random random, int count) => Pick(random, count, "0123456789abcdef");

    private static string Jwt(Random random) =>
        "eyJhbGciOiJSUzI1NiJ9." + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"" + Alphanumeric(random, 12) + "\"}")).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "." + Alphanumeric(random, 43);

    private static string Pick(Random random, int count, string alphabet) =>
        string.Create(count, (random, alphabet), (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
