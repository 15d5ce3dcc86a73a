using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Errors;

/// <summary>Finds error codes: SuccessFactors codes (<c>LGN0010</c>, <c>[COE0020]</c>, <c>COE_GENERAL_FORBIDDEN</c>,
/// <c>(status code = 8)</c>), OAuth errors (<c>invalid_client</c>) and the codes of JSON and XML error bodies, with their messages.</summary>
/// <remarks>Each keyword hit is looked at in a bounded window. A code found both in a body and as a word gives one fact,
/// the body's (format json or xml, with the body's message).</remarks>
internal sealed partial class ErrorCodeExtractor : ITextExtractor
{
    private static readonly (string Keyword, ErrorShape Shape)[] _keywords =
    [
        ("LGN", ErrorShape.Word),
        ("AUTH", ErrorShape.Word),
        ("COE", ErrorShape.Word),
        ("FAILED_AUTHENTICATION", ErrorShape.Word),
        ("[", ErrorShape.Bracketed),
        ("(status code", ErrorShape.StatusCode),
        ("invalid_client", ErrorShape.OAuth),
        ("invalid_grant", ErrorShape.OAuth),
        ("invalid_request", ErrorShape.OAuth),
        ("invalid_scope", ErrorShape.OAuth),
        ("invalid_token", ErrorShape.OAuth),
        ("unauthorized_client", ErrorShape.OAuth),
        ("unsupported_grant_type", ErrorShape.OAuth),
        ("unsupported_response_type", ErrorShape.OAuth),
        ("access_denied", ErrorShape.OAuth),
        ("insufficient_scope", ErrorShape.OAuth),
        ("password_locked", ErrorShape.OAuth),
        ("server_error", ErrorShape.OAuth),
        ("temporarily_unavailable", ErrorShape.OAuth),
        ("\"error\"", ErrorShape.Json),
        ("\"errorCode\"", ErrorShape.Json),
        ("\"error_code\"", ErrorShape.Json),
        ("<error", ErrorShape.Xml),
        (":error", ErrorShape.Xml),
    ];

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; } = [.. _keywords.Select(k => k.Keyword)];

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var found = new FoundErrorCodes(input.Source);
        foreach (var hit in input.Hits)
        {
            switch (_keywords[hit.Keyword].Shape)
            {
                case ErrorShape.Word: ReadWord(found, hit.Offset); break;
                case ErrorShape.Bracketed: ReadBracketed(found, hit.Offset); break;
                case ErrorShape.StatusCode: ReadStatusCode(found, hit.Offset, hit.End); break;
                case ErrorShape.OAuth: ReadOAuth(found, hit.Offset, hit.End); break;
                case ErrorShape.Json: ReadJson(found, hit.Offset); break;
                case ErrorShape.Xml: ReadXml(found, hit.Offset); break;
            }
        }

        found.AddTo(facts);
    }
}
