using System.Net;

namespace RulesEngine.Core.Extraction.Errors;

internal sealed partial class ErrorCodeExtractor
{
    private static readonly string[] _xmlCodeElements = ["errorCode", "error_code"];
    private static readonly string[] _xmlMessageElements = ["error_description", "errorDescription", "message", "errorMessage"];
    private static readonly string[] _xmlChildCode = ["code"];

    // <error>invalid_client</error> (+ <error_description>), <errorCode>…</errorCode> (+ <errorMessage> or <message>),
    // <error xmlns="…"><code>…</code><message lang="en-US">…</message></error>, with or without a namespace prefix.
    private static void ReadXml(FoundErrorCodes found, int hit)
    {
        var text = found.Text;
        var lt = text[hit] == '<' ? hit : XmlScan.StartOfPrefixed(text, hit);
        var limit = (int)Math.Min(text.Length, (long)hit + MaxBodyLength);
        if (lt < 0 || XmlScan.Read(text, lt, limit) is not { } element)
        {
            return;
        }

        XmlElement? code;
        int after;
        if (XmlScan.LocalNameIs(text, element, "error"))
        {
            code = element.IsText ? element : XmlScan.FindText(text, element.ContentStart, limit, _xmlChildCode);
            after = element.IsText ? element.ContentEnd : element.ContentStart;
        }
        else if (element.IsText && _xmlCodeElements.Any(n => XmlScan.LocalNameIs(text, element, n)))
        {
            code = element;
            after = element.ContentEnd;
        }
        else
        {
            return;
        }

        if (code is { } value && XmlText(found.Source, value) is { } codeText)
        {
            var message = XmlScan.FindText(text, after, limit, _xmlMessageElements) is { } m ? XmlText(found.Source, m) : null;
            found.Add(JsonScan.SkipWhitespace(text, value.ContentStart, value.ContentEnd), codeText, message, "xml");
        }
    }

    private static string? XmlText(SourceText source, XmlElement element) =>
        Clean(WebUtility.HtmlDecode(source.Redact(element.ContentStart, element.ContentEnd)));
}
