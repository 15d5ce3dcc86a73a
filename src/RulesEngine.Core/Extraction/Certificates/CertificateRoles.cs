using System.Text.RegularExpressions;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>The role the ticket's words give a certificate pasted bare: "the certificate from our service key:" above a PEM
/// block makes it the service key's, "the certificate in the trace:" the trace log's, "X-CLIENT-CERT:" or "our client
/// certificate:" the one the sender presents (<see cref="CertificateOrigin.Client"/>).</summary>
/// <remarks>Only the words of the last sentence before the certificate count, or of the heading line just above it (up to two
/// blank lines between): a service key named a paragraph earlier says nothing about this block. The nearest words win; a
/// bare "client certificate" is the weakest, since the key's and the trace's certificates are client certificates too.
/// The window is bounded, so the cost per certificate is constant.</remarks>
internal static partial class CertificateRoles
{
    // How far back a sentence is read, and how many line breaks may separate it from the certificate.
    private const int MaxWindow = 400;
    private const int MaxBreaksAbove = 3;

    /// <summary>The role and the words that give it, for a certificate whose text starts at <paramref name="start"/>; null
    /// when the sentence before it names no role.</summary>
    public static (string Origin, string Words)? Of(string text, int start)
    {
        var end = start;
        var breaks = 0;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\r' or '\n')
        {
            breaks += text[--end] == '\n' ? 1 : 0;
        }

        if (breaks > MaxBreaksAbove || end == 0)
        {
            return null;
        }

        var window = SentenceStart(text, end);
        (string Origin, Match Match)? strong = null, weak = null;
        foreach (Match match in RoleWords().Matches(text[window..end]))
        {
            var origin = match.Groups["key"].Success ? CertificateOrigin.ServiceKey
                : match.Groups["trace"].Success ? CertificateOrigin.TraceLog
                : CertificateOrigin.Client;
            if (match.Groups["client"].Success)
            {
                weak = (origin, match);
            }
            else
            {
                strong = (origin, match);
            }
        }

        return (strong ?? weak) is { } found
            ? (found.Origin, string.Join(' ', found.Match.Value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)))
            : null;
    }

    // Where the sentence that ends at end begins: after the previous sentence's end mark, a blank line, a PEM marker's
    // dashes, or the window's limit.
    private static int SentenceStart(string text, int end)
    {
        var limit = Math.Max(0, end - MaxWindow);
        for (var i = end - 2; i >= limit; i--)
        {
            var c = text[i];
            var next = text[i + 1];
            if ((c is '.' or '!' or '?' && char.IsWhiteSpace(next)) || (c == '-' && next == '-'))
            {
                return i + 1;
            }

            if (c == '\n' && IsBlankBefore(text, i, limit))
            {
                return i + 1;
            }
        }

        return limit;
    }

    // True when the line that ends at the line break at position is empty or white space only.
    private static bool IsBlankBefore(string text, int position, int limit)
    {
        for (var i = position - 1; i >= limit; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (text[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return false;
    }

    // English and German. key: the service key ("from our service key", "the key's certificate", "aus dem Dienstschlüssel");
    // trace: the trace log ("in the trace"); sender: what the sender presents (the X-CLIENT-CERT header, "the certificate
    // our sender sends"); client: a bare "client certificate".
    [GeneratedRegex(
        @"(?<key>service[-_ ]?keys?\b|servicekeys?\b|(?:dienst|service)[- ]?schl(?:ü|ue)ssel\w*|\bkey'?s\s+(?:certificate|cert)\b"
        + @"|\b(?:certificate|cert|zertifikat)\w*\s+(?:of|in|from|im|aus\s+dem|des|vom)\s+(?:the\s+|our\s+|this\s+|that\s+|dem\s+|unserem\s+)?(?:key|schl(?:ü|ue)ssels?)\b)"
        + @"|(?<trace>trace[- ]?logs?\b|\btracelogs?\b|\b(?:the|our|this|im|in|aus\s+dem|dem|from|LJS)\s+trace\b|\btrace\s+(?:shows|says|printed|zeigt))"
        + @"|(?<sender>x-client-cert\w*|ssl[_-]client[_-]cert\w*|\bsender[- ]?(?:certificate|cert|zertifikat)\w*|\babsender[- ]?zertifikat\w*"
        + @"|\b(?:certificate|zertifikat)\w*\s+(?:that\s+|which\s+|den\s+|das\s+)?(?:our\s+|the\s+|unser\s+)?(?:sender|client|system|we)\s+(?:sends|presents|uses|send|present|use|sendet|schickt|verwendet)\b)"
        + @"|(?<client>\bclient[- ]?(?:certificate|cert|zertifikat)\w*|\bclientzertifikat\w*)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWords();
}
