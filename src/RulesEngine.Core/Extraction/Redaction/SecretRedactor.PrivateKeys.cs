using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // A private key is a few kilobytes; a BEGIN without an END within this many characters is cut at the base64 run.
    private const int MaxPrivateKeyLength = 20_000;

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex PrivateKeyBegin();

    [GeneratedRegex(@"-----END [A-Z0-9 ]*PRIVATE KEY-----", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex PrivateKeyEnd();

    private static void AddPrivateKeys(string text, List<SecretSpan> spans)
    {
        if (!text.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (start, end, _) in Blocks(text, PrivateKeyBegin(), PrivateKeyEnd(), MaxPrivateKeyLength, EndOfBase64Run))
        {
            spans.Add(new SecretSpan(start, end, PrivateKeyMask));
        }
    }

    // The end of a run of base64 characters, whitespace and literal \n escapes: a key pasted without its END line.
    private static int EndOfBase64Run(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxPrivateKeyLength);
        var position = start;
        while (position < limit)
        {
            var c = text[position];
            if (c == '\\' && position + 1 < limit && text[position + 1] is 'n' or 'r')
            {
                position += 2;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' || char.IsWhiteSpace(c))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return position;
    }
}
