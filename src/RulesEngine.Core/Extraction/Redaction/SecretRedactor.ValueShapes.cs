namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // A word this short is a flag or a count, not a password.
    private const int MinSecretWordLength = 4;

    // A word this long is a secret even when it is made of lowercase letters only.
    private const int MinPlainSecretWordLength = 16;

    // Values that stand for no secret: "X-CSRF-Token: Fetch" asks for a token, "Required" says one is missing,
    // "Access-Control-Allow-Credentials: true" is a flag.
    private static readonly string[] _placeholders = ["fetch", "required", "true", "false", "null", "none", Mask];

    // A word that reads like a password rather than a word of a sentence: "hunter2", "Xk9#p", not "expired" or "Empty".
    private static bool LooksLikeSecret(ReadOnlySpan<char> word)
    {
        if (word.Length < MinSecretWordLength || word[0] is '(' or '[' or '{' or '<' || IsPlaceholder(word))
        {
            return false;
        }

        if (word.Length >= MinPlainSecretWordLength)
        {
            return true;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]) || (i > 0 && char.IsUpper(word[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceholder(ReadOnlySpan<char> value) => IsOneOf(value, _placeholders);

    private static bool IsOneOf(ReadOnlySpan<char> value, string[] words)
    {
        foreach (var word in words)
        {
            if (value.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeKeyMaterial(ReadOnlySpan<char> value)
    {
        if (value.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Length < MinKeyValueLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_' or '\\' || char.IsWhiteSpace(c)))
            {
                return false;
            }
        }

        return true;
    }
}
