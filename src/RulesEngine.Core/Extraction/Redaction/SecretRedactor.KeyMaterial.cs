using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // An Ed25519 PKCS#8 key, the smallest private key, is 64 base64 characters.
    private const int MinKeyMaterialLength = 64;

    // Base64 characters decoded to read a DER header: SEQUENCE, its length, then a version INTEGER or an
    // encryption algorithm's OID (18 bytes).
    private const int KeyHeaderLength = 24;

    // The PKCS OID arc 1.2.840.113549.1, under which PBES2 (.5.13) and the PKCS#12 schemes (.12.1.x) encrypt keys.
    private static readonly byte[] _pkcsArc = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01];

    // A DER SEQUENCE in base64 starts with M and a letter from A to P.
    [GeneratedRegex(@"\bM[A-P][A-Za-z0-9+/]{22}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DerSequence();

    // A private key pasted as bare base64, without its BEGIN and END lines: a DER SEQUENCE that opens with a version
    // number (PKCS#8, PKCS#1, SEC1, PKCS#12) or a key encryption algorithm (encrypted PKCS#8). Certificates, CSRs and
    // PKCS#7 bundles open otherwise and stay visible. The mask covers as many characters as the DER length says.
    private static void AddKeyMaterial(string text, List<SecretSpan> spans)
    {
        var covered = 0;
        foreach (var match in DerSequence().EnumerateMatches(text))
        {
            if (match.Index < covered)
            {
                continue;
            }

            var length = PrivateKeyDerLength(text.AsSpan(match.Index, KeyHeaderLength));
            if (length > 0)
            {
                var end = EndOfBase64Characters(text, match.Index, (length + 2) / 3 * 4);
                if (end - match.Index >= MinKeyMaterialLength)
                {
                    spans.Add(new SecretSpan(match.Index, end, Mask));
                    covered = end;
                }
            }
        }
    }

    // The DER length in bytes of a private key's encoding whose base64 starts with header, or 0 when it is no key.
    private static int PrivateKeyDerLength(ReadOnlySpan<char> header)
    {
        Span<byte> der = stackalloc byte[KeyHeaderLength / 4 * 3];
        if (!Convert.TryFromBase64Chars(header, der, out _) || der[0] != 0x30)
        {
            return 0;
        }

        var (contentStart, contentLength) = der[1] switch
        {
            < 0x80 => (2, der[1]),
            0x81 => (3, der[2]),
            0x82 => (4, (der[2] << 8) | der[3]),
            _ => (0, 0),
        };
        if (contentStart == 0)
        {
            return 0;
        }

        var content = der[contentStart..];
        var versioned = content[0] == 0x02 && content[1] == 0x01 && content[2] is 0 or 1 or 3;
        var encrypted = content[0] == 0x30 && content[1] < 0x80 && content[2] == 0x06
            && content[4..].StartsWith(_pkcsArc) && content[4 + _pkcsArc.Length] is 0x05 or 0x0c;
        return versioned || encrypted ? contentStart + contentLength : 0;
    }

    // The end of count base64 characters from start, across whitespace and literal \n escapes (a wrapped or
    // JSON-escaped key), or where the base64 stops first. At most MaxPrivateKeyLength characters are read.
    private static int EndOfBase64Characters(string text, int start, int count)
    {
        var limit = Math.Min(text.Length, start + MaxPrivateKeyLength);
        var position = start;
        var end = start;
        for (var seen = 0; position < limit && seen < count;)
        {
            var c = text[position];
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')
            {
                seen++;
                end = ++position;
            }
            else if (c == '\\' && position + 1 < limit && text[position + 1] is 'n' or 'r')
            {
                position += 2;
            }
            else if (c is ' ' or '\t' or '\r' or '\n')
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
