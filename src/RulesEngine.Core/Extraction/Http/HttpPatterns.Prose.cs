using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Http;

/// <summary>The patterns of statuses as customers write them in prose, in English and German: after a verb ("got a 401",
/// "erhalten einen 403"), after an error noun ("Fehler 401", "error code 500"), before one ("a 401 error", "403-Fehler"),
/// after their reason phrase ("forbidden (403)"), and a reason phrase alone after a verb ("returns Unauthorized").</summary>
internal static partial class HttpPatterns
{
    // Verbs a customer puts before the status they got back; stems, so that the keyword index finds every form.
    private const string Verbs =
        "got|gets?|getting|receiv(?:e|es|ed|ing)|return(?:s|ed|ing)?|answer(?:s|ed|ing)?|respond(?:s|ed|ing)?"
        + "|fail(?:s|ed|ing)?|throw(?:s|ing)?|threw|reject(?:s|ed|ing)?|denied"
        + "|erhalten|erhalte|erhältst|erhält|erhielten?|bekomm(?:e|en|t)|bekam(?:en)?|krieg(?:e|en|t)"
        + "|liefer(?:t|n|te|ten)|antworte(?:t|n|te|ten)?|gibt|kommt";

    // Words that may stand between such a verb and the status: "fails with error code 401", "liefert uns einen 403", and
    // the subject German puts after its verb ("seit Montag bekommen wir einen 401", "erhält der Sender einen 403", "bekommen beide Sender einen 401").
    private const string Fillers =
        "with|mit|back|zurück|us|me|uns|mir|always|still|now|only|again|immediately|just|immer|noch|nur|jetzt|wieder|sofort"
        + @"|wir|ich|sie|er|es|man|ihr|du|(?:der|die|das|beide|alle|unser|unsere|unseren|unserem|mein|meine)[ \t]+\w+"
        // Adverbs of time and frequency: "bekommt seit heute einen 401", "erhält sporadisch einen 403", "gets randomly a 503".
        + @"|seit(?:[ \t]+(?:dem|der|den|einer|einem))?[ \t]+\w+|heute|gestern|plötzlich|sporadisch|ständig|dauernd|manchmal"
        + "|gelegentlich|teilweise|leider|häufig|oft|weiterhin|trotzdem|dann|direkt|auch|today|yesterday|suddenly|sometimes"
        + "|occasionally|intermittently|randomly|constantly|consistently|sporadically|also|then|even"
        + "|an?|the|ein|eine|einen|einem|den|dem|der|das|error|code|status|HTTP|Fehler|Fehlercode|Statuscode|HTTP-Fehler|HTTP-Status"
        + "|response|Antwort";

    // The reasons a status is read from when no number is written, with the status each stands for.
    private const string ReasonsAlone =
        "Unauthori[sz]ed|Forbidden|Not Found|Internal Server Error|Bad Gateway|Service Unavailable"
        + "|nicht autorisiert|verboten|nicht gefunden|interner Serverfehler|Dienst nicht verfügbar";

    // The literals near which the prose patterns match: the verbs' stems, the error nouns and "abgelehnt" ("get" also finds
    // "gets" and "getting", "fehler" also "Fehlercode": the index reports substrings). A constant, so that Keywords, in
    // another part of this class, can be initialised from it in any order.
    private const string ProseWords =
        "got|get|receiv|return|answer|respond|fail|throw|threw|reject|denied"
        + "|erhalt|erhält|erhielt|bekomm|bekam|krieg|liefer|antwort|gibt|kommt"
        + "|error|fehler|abgelehnt";

    /// <summary>The keywords after which a status comes with the word: "error", "Fehler" ("a 401 error", "403-Fehler") and
    /// "abgelehnt" ("mit 401 abgelehnt").</summary>
    public static IReadOnlySet<string> TrailingKeywords { get; } = new HashSet<string>(["error", "fehler", "abgelehnt"], StringComparer.Ordinal);

    /// <summary>A status after a verb: <c>got a 401</c>, <c>fails with error code 401</c>, <c>erhalten einen 403</c>,
    /// <c>gibt immer 500 zurück</c>.</summary>
    /// <remarks>The match ends with the three digits. What follows them decides whether they are a status (a count such as
    /// "returned 404 rows" is not).</remarks>
    [GeneratedRegex(
        @"\b(?:" + Verbs + @")(?:[ \t]+(?:" + Fillers + @"))*[ \t]*[:'""„“]?[45][0-9][0-9]\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusAfterVerb();

    /// <summary>A status after an error noun: <c>Fehler 401</c>, <c>error 500</c>, <c>error code: 403</c>,
    /// <c>Fehlercode 401</c>, <c>return code 500</c>, <c>Antwort: 401</c>.</summary>
    /// <remarks>The match ends with the three digits. A bare "error" or "Fehler" takes no colon: "Fehler: 403" in a summary
    /// counts errors.</remarks>
    [GeneratedRegex(
        @"\b(?:(?:HTTP[ \t-])?(?:error|Fehler)[ \t]+|(?:error[ _-]?code|Fehler(?:code|nummer)|return[ _-]?code|R(?:ü|ue)ckgabecode"
        + @"|Antwort(?:code)?)[ \t]*[:=]?[ \t]*)['""]?[45][0-9][0-9]\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusAfterNoun();

    /// <summary>A status before an error word: <c>a 401 error</c>, <c>403-Fehler</c>, <c>mit 401 abgelehnt</c>.</summary>
    /// <remarks>The match starts with the three digits. A plain "401 Fehler" is left out: German says "401 Fehler" for a count.</remarks>
    [GeneratedRegex(
        @"\b[45][0-9][0-9](?:[ \t]+error|[ \t]*-[ \t]*(?:Fehler|Error)|[ \t]+(?:abgelehnt|zurückgewiesen))\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusBeforeNoun();

    /// <summary>A reason phrase with its status after it in brackets: <c>forbidden (403)</c>, <c>Unauthorized (HTTP 401)</c>.</summary>
    [GeneratedRegex(
        @"\b(?:" + Reasons + @")[ \t]*\([ \t]*(?:HTTP[ \t]*)?[45][0-9][0-9][ \t]*\)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ReasonBeforeStatus();

    /// <summary>A reason phrase alone after a verb: <c>returns unauthorized</c>, <c>answers "Unauthorized"</c>,
    /// <c>got a Forbidden</c>, <c>antwortet mit "Nicht autorisiert"</c>; group <c>reason</c> is the phrase.</summary>
    /// <remarks>What follows the phrase decides whether it is an answer ("gets unauthorized access" is not).</remarks>
    [GeneratedRegex(
        @"\b(?:" + Verbs + @")(?:[ \t]+(?:with|mit|back|zurück|us|me|uns|mir|always|still|now|only|again|just|immer|noch|nur|jetzt|wieder"
        + @"|an?|the|ein|einen|HTTP))*[ \t]*['""„“]?(?<reason>" + ReasonsAlone + @")\b['""“”]?",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ReasonAfterVerb();

    /// <summary>The status a reason phrase of <see cref="ReasonAfterVerb"/> stands for, or 0.</summary>
    public static int StatusOfReason(string reason) => reason.ToUpperInvariant() switch
    {
        "UNAUTHORIZED" or "UNAUTHORISED" or "NICHT AUTORISIERT" => 401,
        "FORBIDDEN" or "VERBOTEN" => 403,
        "NOT FOUND" or "NICHT GEFUNDEN" => 404,
        "INTERNAL SERVER ERROR" or "INTERNER SERVERFEHLER" => 500,
        "BAD GATEWAY" => 502,
        "SERVICE UNAVAILABLE" or "DIENST NICHT VERFÜGBAR" => 503,
        _ => 0,
    };
}
