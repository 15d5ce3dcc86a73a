using System.Buffers;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // Words for a password, matched case-insensitively: English, German, French, Spanish, Portuguese, Dutch, Norwegian,
    // Swedish, Danish, Finnish, Polish, Czech, Hungarian, Turkish, Russian, Chinese, Japanese, Korean.
    private const string PasswordNames =
        "pass(?:word|wort|wd|phrase|code|ord)?|pwd|pw|kennwort|mot[ _-]de[ _-]passe|contrase(?:ñ|n)a|senha|wachtwoord"
        + "|l(?:ö|o)senord|adgangskode|salasana|has(?:ł|l)o|heslo|jelsz(?:ó|o)|(?:ş|s)ifre|пароль|密码|パスワード|비밀번호";

    // Other secret names; a prefix such as client_, X-, AWS_ or db. before any of them is read as part of the name.
    private const string SecretNames =
        "secret(?:[ _.-]?(?:access[ _.-]?)?key)?|secreto|token|jeton|credentials?|zugangsdaten|identifiants"
        + "|(?:api|access|private|account|subscription|encryption|signing|master)[ _.-]?key|session[ _.-]?id|mysapsso2";

    // A piece of every ASCII name in PasswordNames and SecretNames, and a letter of every other one, for StemWindows.
    private static readonly SearchValues<string> _nameStems = SearchValues.Create(
        ["pass", "pw", "kennwort", "contrase", "senha", "wachtwoord", "senord", "adgangskode", "salasana", "haslo", "heslo",
         "jelsz", "sifre", "secret", "token", "jeton", "credential", "zugangsdaten", "identifiants", "key", "session", "mysapsso2"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> _nameStemCharacters = SearchValues.Create("łŁşŞпП密パ비");

    // A name match starts at most this far before its stem ("<prefix:subscription key") and ends at most this far
    // after it (a name, a prose verb and its spaces).
    private const int NameStemLead = 48;
    private const int NameStemTrail = 128;

    // What follows a name: a separator (also JSON's closing quote, full-width : and =, URL-encoded = and :), the end of an XML start tag,
    // a table cell border or column gap, or a prose verb ("is", "lautet", "est"...).
    private const string FieldTails =
        @"(?:\\?['""]?[ \t]*(?:[:=：＝]|%3[DdAa])[ \t]*|>|[ \t]*\|[ \t]*|\t[ \t]*|[ ]{2}[ \t]*"
        + @"|[ \t]+(?:is[ \t]+set[ \t]+to|set[ \t]+to|changed[ \t]+to|reset[ \t]+to|is[ \t]+now|ist[ \t]+jetzt|lautet|ist|is|was|war|est|es|é|era|equals)"
        + @"(?:[ \t]*[:：][ \t]*|[ \t]+))";

    // The prose verbs of FieldTails, to tell a prose field from a table column.
    private static readonly string[] _proseVerbs = ["to", "now", "jetzt", "lautet", "ist", "is", "was", "war", "est", "es", "é", "era", "equals"];

    // Names so short that they are one only on their own: "bypass=1" and "compass: N" are not passwords.
    private static readonly string[] _shortNames = ["pass", "pw", "pwd"];
}
