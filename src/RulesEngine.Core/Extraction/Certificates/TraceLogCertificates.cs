using System.Buffers;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Finds the certificate a CPI trace log prints after "Client certificate:": PEM, or bare base64 on one or more lines.</summary>
internal static class TraceLogCertificates
{
    private const string Marker = "client certificate:";

    // Bare base64 shorter than this is not a certificate.
    private const int MinBase64Length = 64;

    // How many line breaks may separate the marker from the certificate.
    private const int MaxBreaksBeforeCertificate = 2;

    // Wrapped base64 lines (64 or 76 characters) go on to the next line; a longer line is the whole one-line certificate.
    private const int MinWrapWidth = 40;
    private const int MaxWrapWidth = 80;

    // Base64 and base64url characters, with padding.
    private static readonly SearchValues<char> _base64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");

    /// <summary>The certificate text after each marker in <paramref name="text"/>.</summary>
    public static IEnumerable<CertificateCandidate> FindAll(string text)
    {
        for (var at = text.IndexOf(Marker, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(Marker, at + Marker.Length, StringComparison.OrdinalIgnoreCase))
        {
            var start = SkipSeparators(text, at + Marker.Length);
            var candidate = text.AsSpan(start).StartsWith("-----BEGIN", StringComparison.Ordinal)
                ? PemBlocks.TryRead(text, start, CertificateOrigin.TraceLog)
                : ReadBase64(text, start);
            if (candidate is { } found)
            {
                yield return found;
            }
        }
    }

    private static int SkipSeparators(string text, int position)
    {
        var breaks = 0;
        while (position < text.Length && breaks <= MaxBreaksBeforeCertificate)
        {
            if (text[position] == '\\' && position + 1 < text.Length && text[position + 1] is 'n' or 'r')
            {
                position += 2;
                breaks++;
            }
            else if (char.IsWhiteSpace(text[position]))
            {
                breaks += text[position] == '\n' ? 1 : 0;
                position++;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    // Base64 lines from start: one line, or wrapped lines while each full line has a wrap width.
    private static CertificateCandidate? ReadBase64(string text, int start)
    {
        var end = start;
        var lines = 0;
        var position = start;
        while (true)
        {
            var run = text.AsSpan(position).IndexOfAnyExcept(_base64);
            var runEnd = run < 0 ? text.Length : position + run;

            if (runEnd == position)
            {
                break;
            }

            lines++;
            end = runEnd;
            var next = NextLineStart(text, runEnd);
            if (next < 0 || runEnd - position is < MinWrapWidth or > MaxWrapWidth || (runEnd - position) % 4 != 0)
            {
                break;
            }

            position = next;
        }

        return end - start < MinBase64Length
            ? null
            : new CertificateCandidate(start, end, text[start..end], CertificateOrigin.TraceLog, lines == 1);
    }

    // The start of the next line's base64 when the run ended at a line break (real or an escaped \n), or -1.
    private static int NextLineStart(string text, int position)
    {
        if (position + 1 < text.Length && text[position] == '\\' && text[position + 1] is 'n' or 'r')
        {
            return position + 2 < text.Length && text[position + 1] == 'r' && text.AsSpan(position + 2).StartsWith(@"\n")
                ? position + 4
                : position + 2;
        }

        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position >= text.Length || text[position] != '\n')
        {
            return -1;
        }

        position++;
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

}
