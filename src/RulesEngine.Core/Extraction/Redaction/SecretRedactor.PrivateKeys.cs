using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

public static partial class SecretRedactor
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

        // Both marker lists are read once and walked forward together, so many BEGINs without an END stay linear.
        var ends = new List<int>();
        foreach (var end in PrivateKeyEnd().EnumerateMatches(text))
        {
            ends.Add(end.Index + end.Length);
        }

        var covered = 0;
        var nextEnd = 0;
        foreach (var begin in PrivateKeyBegin().EnumerateMatches(text))
        {
            if (begin.Index < covered)
            {
                continue;
            }

            var bodyStart = begin.Index + begin.Length;
            while (nextEnd < ends.Count && ends[nextEnd] <= bodyStart)
            {
                nextEnd++;
            }

            covered = nextEnd < ends.Count && ends[nextEnd] - bodyStart <= MaxPrivateKeyLength
                ? ends[nextEnd]
                : EndOfBase64Run(text, bodyStart);
            spans.Add(new SecretSpan(begin.Index, covered, PrivateKeyMask));
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
