namespace RulesEngine.Core.Extraction.Redaction;

/// <summary>Masks secrets in text: private keys and bare key material, named secret fields in many languages and
/// syntaxes, HTTP credentials, SAML and encrypted XML, JWTs and vendor tokens with known prefixes, passwords in URLs
/// and cookies.</summary>
/// <remarks>Every search is a literal scan or a non-backtracking regular expression, and each match reads a bounded
/// value (a match inside a secret already found is skipped), so redaction is linear in the text.</remarks>
internal static partial class SecretRedactor
{
    /// <summary>The text printed in place of a secret value.</summary>
    public const string Mask = "***";

    /// <summary>The text printed in place of a whole private key block.</summary>
    public const string PrivateKeyMask = "-----BEGIN PRIVATE KEY----- *** -----END PRIVATE KEY-----";

    /// <summary>Returns <paramref name="text"/> with every secret it contains replaced by <see cref="Mask"/> or <see cref="PrivateKeyMask"/>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : Find(text).Redact(text, 0, text.Length);
    }

    /// <summary>Finds the secrets of a whole text once, so any excerpt of it can be redacted without re-scanning.</summary>
    internal static SecretMap Find(string text) => new(WithoutInvisibleCharacters(text, FindSpans));

    private static List<SecretSpan> FindSpans(string text)
    {
        var spans = new List<SecretSpan>();
        AddPrivateKeys(text, spans);
        AddKeyMaterial(text, spans);
        AddFields(text, spans);
        AddCredentials(text, spans);
        AddSamlAssertions(text, spans);
        AddEncryptedXml(text, spans);
        AddTokens(text, spans);
        AddPrefixedTokens(text, spans);
        AddUserInfo(text, spans);
        return spans;
    }
}
