namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // The authentication and authorization settings of Cloud Integration's channels and credentials, as the UI and the
    // iFlow XML name them. "Authorization: User Role" or "Authorization: OAuth2 Client Credentials" in a channel's
    // description names a method, not a credential; a header value is never one of these phrases.
    private static readonly string[] _settingNames =
    [
        "None", "Basic", "Basic Authentication", "Basic Auth", "User Role", "Role Based", "RoleBased",
        "Client Certificate", "ClientCertificate", "Client Certificate Authentication", "Client Credentials",
        "User Credentials", "OAuth", "OAuth2", "OAuth 2.0", "OAuth Client Credentials", "OAuth2 Client Credentials",
        "OAuth 2.0 Client Credentials", "OAuth2ClientCredentials", "SAML Bearer Assertion", "OAuth SAML Bearer Assertion",
        "OAuth2 SAML Bearer Assertion", "OAuth2SAMLBearerAssertion", "OAuth2 Authorization Code", "OAuth2AuthorizationCode",
        "Principal Propagation", "PrincipalPropagation",
    ];

    // The longest phrase of _settingNames, with room for doubled spaces: a longer value is not a setting.
    private const int MaxSettingLength = 48;

    // A setting phrase is only that when a credential cannot follow it: the value ends there, or a delimiter and a
    // word too plain to be a credential ("Basic, Credential Name: X", not "Basic, dXNlcjpwYXNz") come next.
    private static bool IsSettingValue(string text, int start)
    {
        var end = start;
        var limit = Math.Min(text.Length, start + MaxSettingLength);
        while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is ' ' or '\t' or '.'))
        {
            end++;
        }

        if (end == limit && limit < text.Length && !IsSettingEnd(text[limit]))
        {
            return false; // longer than any setting
        }

        var phraseEnd = TrimEndWhiteSpace(text, start, end);
        while (phraseEnd > start && text[phraseEnd - 1] == '.')
        {
            phraseEnd--; // "Authorization: Basic." ends a sentence
        }

        if (phraseEnd == start || !IsSettingName(text.AsSpan(start, phraseEnd - start)))
        {
            return false;
        }

        if (end == text.Length || text[end] is '\r' or '\n' or '"' or '\'')
        {
            return true;
        }

        if (!IsSettingEnd(text[end]))
        {
            return false; // "Basic:dXNl…", "Basic/…": the phrase runs on into something else
        }

        var next = end + 1;
        while (next < text.Length && next - end < MaxWordLength && text[next] is ' ' or '\t')
        {
            next++;
        }

        var wordEnd = WordEnd(text, next);
        var word = text.AsSpan(next, wordEnd - next);
        return word.Length < MinSchemelessCredentialLength || !LooksLikeSecret(word);
    }

    private static bool IsSettingEnd(char c) => c is ',' or ';' or '|' or ')' or '(' or '\r' or '\n' or '"' or '\'';

    // Compares with one space between words, ignoring case: "OAuth2  Client Credentials" is the setting too.
    private static bool IsSettingName(ReadOnlySpan<char> phrase)
    {
        Span<char> normalized = stackalloc char[MaxSettingLength];
        var length = 0;
        foreach (var c in phrase)
        {
            var isSpace = c is ' ' or '\t';
            if (isSpace && (length == 0 || normalized[length - 1] == ' '))
            {
                continue;
            }

            normalized[length++] = isSpace ? ' ' : c;
        }

        return IsOneOf(normalized[..length], _settingNames);
    }
}
