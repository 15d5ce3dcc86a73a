namespace RulesEngine.Core.Extraction.Errors;

internal sealed partial class ErrorCodeExtractor
{
    // How far after its key a JSON error body is read.
    private const int MaxBodyLength = 4096;

    private static readonly string[] _jsonMessageKeys = ["error_description", "errorDescription", "message", "errorMessage", "error_message"];

    // {"error":"invalid_client","error_description":"…"}, {"error":{"code":"…","message":{"lang":"en-US","value":"…"}}},
    // {"errorCode":"…","errorMessage":"…"}: the code, and the message beside it or inside the error object.
    private static void ReadJson(FoundErrorCodes found, int keyQuote)
    {
        var text = found.Text;
        var limit = (int)Math.Min(text.Length, (long)keyQuote + MaxBodyLength);
        JsonMember? code = null;
        JsonMember? message = null;
        foreach (var member in JsonScan.Members(text, keyQuote, limit))
        {
            if (code is null)
            {
                if (JsonScan.KeyIs(text, member, "error") && !member.IsString && text[member.ValueStart] == '{')
                {
                    (code, message) = ErrorObject(text, member.ValueStart + 1, limit);
                    break;
                }

                code = member;
                continue;
            }

            if (member.IsString && _jsonMessageKeys.Any(k => JsonScan.KeyIs(text, member, k)))
            {
                message = member;
                break;
            }
        }

        if (code is { } value && (value.IsString || char.IsAsciiDigit(text[value.ValueStart])))
        {
            found.Add(value.ValueStart, JsonText(found.Source, value) ?? string.Empty, JsonText(found.Source, message), "json");
        }
    }

    // The "code" and "message" (a string, or an object with "value") of an OData error object.
    private static (JsonMember? Code, JsonMember? Message) ErrorObject(string text, int position, int limit)
    {
        JsonMember? code = null;
        JsonMember? message = null;
        foreach (var member in JsonScan.Members(text, position, limit))
        {
            if (JsonScan.KeyIs(text, member, "code"))
            {
                code = member;
            }
            else if (JsonScan.KeyIs(text, member, "message") && member.IsString)
            {
                message = member;
            }
            else if (JsonScan.KeyIs(text, member, "message") && text[member.ValueStart] == '{')
            {
                message = JsonScan.Members(text, member.ValueStart + 1, limit)
                    .Where(m => m.IsString && JsonScan.KeyIs(text, m, "value"))
                    .Select(m => (JsonMember?)m)
                    .FirstOrDefault();
            }
        }

        return (code, message);
    }

    private static string? JsonText(SourceText source, JsonMember? member)
    {
        if (member is not { } value)
        {
            return null;
        }

        var raw = source.Redact(value.ValueStart, value.ValueEnd);
        return Clean(ServiceKeys.JsonText.Unescape(raw, 0, raw.Length));
    }
}
