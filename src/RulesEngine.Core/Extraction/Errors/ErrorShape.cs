namespace RulesEngine.Core.Extraction.Errors;

/// <summary>Which shape of error code a keyword of <see cref="ErrorCodeExtractor"/> announces.</summary>
internal enum ErrorShape
{
    /// <summary>A SuccessFactors code written as a word: <c>LGN0010</c>, <c>COE_GENERAL_FORBIDDEN</c>, <c>FAILED_AUTHENTICATION</c>.</summary>
    Word,

    /// <summary>Any <c>[A-Z]{3,4}\d{4}</c> code in brackets, as SuccessFactors prefixes messages: <c>[COE0020]</c>.</summary>
    Bracketed,

    /// <summary>A SuccessFactors login status: <c>(status code = 8)</c>.</summary>
    StatusCode,

    /// <summary>An OAuth 2.0 error value: <c>invalid_client</c>.</summary>
    OAuth,

    /// <summary>A JSON error body: <c>"error": …</c>, <c>"errorCode": …</c>.</summary>
    Json,

    /// <summary>An XML error body: <c>&lt;error&gt;</c>, <c>&lt;errorCode&gt;</c>.</summary>
    Xml,
}
