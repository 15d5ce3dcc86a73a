using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // An assertion is a few kilobytes; one without its end tag within this many characters is masked to a blank line.
    private const int MaxAssertionLength = 256 * 1024;

    // Base64 or URL-encoded values shorter than this are names or flags, not assertions.
    private const int MinEncodedAssertionLength = 16;

    [GeneratedRegex(@"<(?:[A-Za-z][A-Za-z0-9_.-]*:)?Assertion\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex AssertionStart();

    [GeneratedRegex(@"</(?:[A-Za-z][A-Za-z0-9_.-]*:)?Assertion[ \t\r\n]*>", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex AssertionEnd();

    [GeneratedRegex(
        @"\b(?:SAMLResponse|SAMLRequest|SAMLart|assertion|saml[_-]?assertion|saml[_-]?token)['""]?[ \t]*[:=][ \t]*['""]?",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EncodedAssertionField();

    // <saml:Assertion …>…</saml:Assertion> becomes <saml:Assertion>***</saml:Assertion>, keeping the element's prefix.
    private static void AddSamlAssertions(string text, List<SecretSpan> spans)
    {
        if (text.Contains("Assertion", StringComparison.Ordinal))
        {
            foreach (var (start, end, openingLength) in Blocks(text, AssertionStart(), AssertionEnd(), MaxAssertionLength, BlankLineOrLimit))
            {
                var prefix = text.AsSpan(start + 1, openingLength - 1 - "Assertion".Length);
                spans.Add(new SecretSpan(start, end, $"<{prefix}Assertion>{Mask}</{prefix}Assertion>"));
            }
        }

        var covered = 0;
        foreach (var match in EncodedAssertionField().EnumerateMatches(text))
        {
            if (match.Index < covered)
            {
                continue;
            }

            var start = match.Index + match.Length;
            var end = start;
            while (end < text.Length && end - start < MaxAssertionLength && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '+' or '/' or '=' or '%' or '_' or '-' or '.'))
            {
                end++;
            }

            if (end - start >= MinEncodedAssertionLength)
            {
                spans.Add(new SecretSpan(start, end, Mask));
                covered = end;
            }
        }
    }

    // The first blank line (LF LF or LF CR LF) after start, or the limit. Stops at the first one, so the scan never
    // goes past the block it ends.
    private static int BlankLineOrLimit(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxAssertionLength);
        for (var position = start; position < limit;)
        {
            var lineFeed = text.AsSpan(position, limit - position).IndexOf('\n');
            if (lineFeed < 0)
            {
                break;
            }

            var next = position + lineFeed + 1;
            if (next < limit && (text[next] == '\n' || (text[next] == '\r' && next + 1 < limit && text[next + 1] == '\n')))
            {
                var at = position + lineFeed;
                return at > start && text[at - 1] == '\r' ? at - 1 : at;
            }

            position = next;
        }

        return limit;
    }
}
