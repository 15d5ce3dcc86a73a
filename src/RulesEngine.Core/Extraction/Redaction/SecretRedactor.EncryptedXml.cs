using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    [GeneratedRegex(
        @"<(?:[A-Za-z][A-Za-z0-9_.-]*:)?(?:Encrypted(?:Assertion|Data|Key|ID|Attribute)|CipherValue)\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex EncryptedElementStart();

    [GeneratedRegex(
        @"</(?:[A-Za-z][A-Za-z0-9_.-]*:)?(?:Encrypted(?:Assertion|Data|Key|ID|Attribute)|CipherValue)[ \t\r\n]*>",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex EncryptedElementEnd();

    // XML Encryption (an encrypted SAML assertion, name id or attribute, EncryptedData, EncryptedKey, CipherValue)
    // becomes <xenc:EncryptedData>***</xenc:EncryptedData>. Each opening closes at its own element's end tag, so an
    // EncryptedAssertion is masked whole although it holds an EncryptedData and an EncryptedKey.
    private static void AddEncryptedXml(string text, List<SecretSpan> spans)
    {
        if (!text.Contains("Encrypted", StringComparison.Ordinal) && !text.Contains("CipherValue", StringComparison.Ordinal))
        {
            return;
        }

        var openings = new Dictionary<string, List<(int Index, int Length)>>(StringComparer.Ordinal);
        foreach (var match in EncryptedElementStart().EnumerateMatches(text))
        {
            var name = LocalName(text.AsSpan(match.Index + 1, match.Length - 1));
            (openings.TryGetValue(name, out var list) ? list : openings[name] = []).Add((match.Index, match.Length));
        }

        var ends = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var match in EncryptedElementEnd().EnumerateMatches(text))
        {
            var name = LocalName(text.AsSpan(match.Index + 2, match.Length - 2).TrimEnd(" \t\r\n>"));
            (ends.TryGetValue(name, out var list) ? list : ends[name] = []).Add(match.Index + match.Length);
        }

        foreach (var (name, opened) in openings)
        {
            foreach (var (start, end, openingLength) in Blocks(text, opened, ends.GetValueOrDefault(name) ?? [], MaxAssertionLength, BlankLineOrLimit))
            {
                var qualified = text.AsSpan(start + 1, openingLength - 1);
                spans.Add(new SecretSpan(start, end, $"<{qualified}>{Mask}</{qualified}>"));
            }
        }
    }

    // "xenc:EncryptedData" → "EncryptedData".
    private static string LocalName(ReadOnlySpan<char> qualified) => qualified[(qualified.IndexOf(':') + 1)..].ToString();
}
