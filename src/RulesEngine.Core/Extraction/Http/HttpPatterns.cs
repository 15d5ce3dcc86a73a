using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Http;

/// <summary>The non-backtracking patterns that put an error status (4xx, 5xx) in an HTTP context, and the literals
/// (reason phrases and context words) near which they can match.</summary>
internal static partial class HttpPatterns
{
    // The reason phrases of the 4xx and 5xx statuses (with their common variants); other statuses are not errors.
    private const string Reasons =
        "Bad Request|Unauthorized|Unauthorised|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|"
        + "Proxy Authentication Required|Request Timeout|Request Time-out|Conflict|Gone|Length Required|Precondition Failed|"
        + "Payload Too Large|Request Entity Too Large|URI Too Long|Unsupported Media Type|Range Not Satisfiable|"
        + "Expectation Failed|Misdirected Request|Unprocessable Entity|Unprocessable Content|Locked|Failed Dependency|Too Early|"
        + "Upgrade Required|Precondition Required|Too Many Requests|Request Header Fields Too Large|"
        + "Unavailable For Legal Reasons|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|"
        + "Gateway Timeout|Gateway Time-out|HTTP Version Not Supported|Network Authentication Required|"
        // German, as German servers and browsers print them ("401 Nicht autorisiert", "403 Verboten").
        + "Nicht autorisiert|Verboten|Nicht gefunden|Interner Serverfehler|Fehlerhaftes Gateway|Dienst nicht verfügbar";

    /// <summary>The reason phrases; their indexes in <see cref="Keywords"/> come first.</summary>
    public static IReadOnlyList<string> ReasonPhrases { get; } = Reasons.Split('|');

    /// <summary>The reason phrases, then the words a status follows: "HTTP" (also in errorHttpCode, httpStatus),
    /// "status" (status code, statusCode) and "response" (response code), then the prose words (verbs, error nouns).</summary>
    public static IReadOnlyList<string> Keywords { get; } = [.. ReasonPhrases, "http", "status", "response", .. ProseWords.Split('|')];

    /// <summary>The index in <see cref="Keywords"/> of the first prose word.</summary>
    public static int FirstProseKeyword => ReasonPhrases.Count + 3;

    /// <summary>A status followed by its reason phrase: <c>401 Unauthorized</c>, <c>'401: Unauthorized'</c>, <c>403 - Forbidden</c>,
    /// <c>403 (Forbidden)</c>.</summary>
    /// <remarks>The match starts with the three digits and ends with the reason phrase.</remarks>
    [GeneratedRegex(
        @"\b[45][0-9][0-9][ \t]*[:\-\u2013\u2014(]?[ \t]*(?:" + Reasons + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusWithReason();

    /// <summary>A status after an HTTP word: <c>HTTP 401</c>, <c>HTTP/1.1 401</c>, <c>HTTP response '401</c>, <c>HTTP error 403</c>,
    /// <c>status code 401</c>, <c>response code: 401</c>, <c>response: 401</c>, <c>"errorHttpCode":"401"</c>, <c>"httpStatus": 401</c>.</summary>
    /// <remarks>The match ends with the three digits.</remarks>
    [GeneratedRegex(
        @"\b(?:HTTP(?:/[0-9](?:\.[0-9])?)?(?:[ \t]+(?:response|status|error|code))*"
        + @"|(?:error[ _-]?)?http[ _-]?(?:status[ _-]?)?code|http[ _-]?status"
        + @"|status(?:[ _-]?code)?|response(?:[ _-]?code)?)"
        + @"['""]?[ \t]*[:=]?[ \t]*['""]?[45][0-9][0-9]\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StatusAfterContext();

    /// <summary>The words before the target URL: <c>when communicating with</c>, <c>calling</c>, <c>URL:</c>, <c>endpoint=</c>,
    /// and German <c>beim Aufruf von</c>, <c>Aufruf an</c>.</summary>
    [GeneratedRegex(
        @"(?:communicating[ \t]+with|\bcalling|\bAufruf(?:[ \t]+(?:von|an|auf))?|\b(?:url|uri|endpoint|address)[ \t]*[:=])[ \t]*",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BeforeUrl();
}
