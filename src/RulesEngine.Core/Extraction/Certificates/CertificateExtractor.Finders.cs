using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Extraction.ServiceKeys;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Certificates;

internal sealed partial class CertificateExtractor
{
    // How far after "Client certificate:" the certificate is read; a chain of a few certificates fits.
    private const int MaxTraceCertificateLength = 64 * 1024;

    // A JSON member name longer than this is not read as one.
    private const int MaxFieldNameLength = 64;

    // How far back the line of "Client certificate:" is read to tell the runtime's line from prose; a longer line is a log's.
    private const int MaxRuntimeLinePrefix = 4096;

    // How many line breaks may separate "Client certificate:" from the certificate.
    private const int MaxBreaksBeforeCertificate = 2;

    // Every string in a JSON object whose name says certificate, read whole (a chain in one value); an array of
    // certificates gives each element its chain index. A field outside any readable object is read by itself.
    private static IEnumerable<CertificateGroup> FromJsonFields(CertificateReader reader, IEnumerable<KeywordHit> hits)
    {
        var text = reader.Source.Content;
        var fieldHits = hits.ToList();
        var scans = JsonRegions.Around(text, fieldHits.Select(h => h.Offset));
        foreach (var scan in scans)
        {
            for (var i = 0; i < scan.Nodes.Count; i++)
            {
                var node = scan.Nodes[i];
                var name = node.Name ?? (node.Parent >= 0 ? scan.Nodes[node.Parent].Name : null);
                if (node.Kind == JsonNodeKind.String && IsCertificateField(name, text.AsSpan(node.ValueStart, node.ValueEnd - node.ValueStart)))
                {
                    var reads = reader.ReadAll(node.ValueStart, node.ValueEnd, bounded: true);
                    yield return new CertificateGroup(reads, CertificateOrigin.ServiceKey, scan.PathOf(i), Math.Max(node.Index, 0));
                }
            }
        }

        // Hits and scans are both in text order: walk them together; a loose value read is not read again.
        var next = 0;
        var read = 0;
        foreach (var hit in fieldHits)
        {
            while (next < scans.Count && scans[next].End <= hit.Offset)
            {
                next++;
            }

            if (hit.Offset < read || (next < scans.Count && scans[next].Start <= hit.Offset))
            {
                continue;
            }

            var quote = hit.Offset > 0 ? text.LastIndexOf('"', hit.Offset - 1, Math.Min(hit.Offset, MaxFieldNameLength)) : -1;
            if (quote >= 0 && LooseValue(text, hit.End) is var (start, end) && end > start
                && text[(quote + 1)..(hit.End - 1)] is var name && IsCertificateField(name, text.AsSpan(start, end - start)))
            {
                read = end;
                yield return new CertificateGroup(reader.ReadAll(start, end, bounded: true), CertificateOrigin.ServiceKey, name);
            }
        }
    }

    // "certificate" itself, or a name that contains it ("clientCertificate", "certificates") when the value looks like one.
    private static bool IsCertificateField(string? name, ReadOnlySpan<char> value)
    {
        value = value.TrimStart();
        if (name is null || !name.Contains("certificate", StringComparison.OrdinalIgnoreCase) || value.IsEmpty)
        {
            return false;
        }

        return name.Equals("certificate", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("-----BEGIN", StringComparison.Ordinal)
            || value.StartsWith("MI", StringComparison.Ordinal);
    }

    // The raw string value after a field name ("certificate" : "…"), up to its closing quote or the line end.
    private static (int Start, int End)? LooseValue(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        if (position >= text.Length || text[position] != ':')
        {
            return null;
        }

        position++;
        while (position < text.Length && text[position] is ' ' or '\t' or '\r' or '\n')
        {
            position++;
        }

        if (position >= text.Length || text[position] != '"')
        {
            return null;
        }

        var start = ++position;
        while (position < text.Length && text[position] is not ('"' or '\r' or '\n') && position - start < MaxTraceCertificateLength)
        {
            position += text[position] == '\\' ? 2 : 1;
        }

        return (start, Math.Min(position, text.Length));
    }

    // The certificate (or chain) a trace log prints after "Client certificate:", on the same line or the next ones.
    private static IEnumerable<CertificateGroup> FromTraceMarkers(CertificateReader reader, IEnumerable<KeywordHit> hits, ClaimedRanges claims)
    {
        var source = reader.Source;
        foreach (var hit in hits)
        {
            var end = Math.Min(source.Content.Length, hit.End + MaxTraceCertificateLength);
            var start = Base64Text.SkipSeparators(source.Content, hit.End, end, out var breaks);
            if (breaks <= MaxBreaksBeforeCertificate && !claims.Contains(start) && IsRuntimeLine(source.Content, hit.Offset))
            {
                // The line is in the evidence; the source names no line, so the same certificate in every retry is one fact.
                const string record = "log record";
                yield return new CertificateGroup(reader.ReadAll(start, end, bounded: false), CertificateOrigin.TraceLog, record);
            }
        }
    }

    // The runtime's own line ("… service instance. Client certificate:", a log record's time stamp, or the marker alone as
    // copied from it), not a customer's "this is our client certificate:", which the words before a PEM block read
    // (CertificateRoles).
    private static bool IsRuntimeLine(string text, int marker)
    {
        var lineStart = marker == 0 ? 0 : text.LastIndexOf('\n', marker - 1, Math.Min(marker, MaxRuntimeLinePrefix)) + 1;
        if (lineStart == 0 && marker >= MaxRuntimeLinePrefix)
        {
            return true;
        }

        var prefix = text.AsSpan(lineStart, marker - lineStart);
        return prefix.IsWhiteSpace()
            || prefix.Contains("configured", StringComparison.OrdinalIgnoreCase)
            || prefix.Contains("service instance", StringComparison.OrdinalIgnoreCase)
            || prefix.Contains("ClientCertificate", StringComparison.OrdinalIgnoreCase)
            || HasTimeOfDay(prefix);
    }

    // hh:mm:ss anywhere, as log records start.
    private static bool HasTimeOfDay(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 8 <= text.Length; i++)
        {
            if (text[i + 2] == ':' && text[i + 5] == ':' && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1])
                && char.IsAsciiDigit(text[i + 3]) && char.IsAsciiDigit(text[i + 4]) && char.IsAsciiDigit(text[i + 6]) && char.IsAsciiDigit(text[i + 7]))
            {
                return true;
            }
        }

        return false;
    }

    // PEM blocks anywhere; blocks one after another are a chain.
    private static IEnumerable<CertificateGroup> FromPemBlocks(CertificateReader reader, IEnumerable<KeywordHit> hits, ClaimedRanges claims)
    {
        foreach (var hit in hits)
        {
            if (!claims.Contains(hit.Offset))
            {
                yield return new CertificateGroup(reader.ReadAll(hit.Offset, reader.Source.Content.Length, bounded: false), CertificateOrigin.Ticket, "PEM block");
            }
        }
    }

    // Bare base64 DER ("MII…") starting a word, on one line or wrapped.
    private static IEnumerable<CertificateGroup> FromBase64(CertificateReader reader, IEnumerable<KeywordHit> hits, ClaimedRanges claims)
    {
        var text = reader.Source.Content;
        foreach (var hit in hits)
        {
            if (StartsWord(text, hit.Offset) && !claims.Contains(hit.Offset))
            {
                yield return new CertificateGroup(reader.ReadAll(hit.Offset, text.Length, bounded: false), CertificateOrigin.Ticket, "base64 text");
            }
        }
    }

    // Not preceded by a base64 character, except the n of an escaped \n.
    private static bool StartsWord(string text, int offset) =>
        offset == 0
        || !Base64Text.IsBase64(text[offset - 1])
        || (offset >= 2 && text[offset - 2] == '\\' && text[offset - 1] is 'n' or 'r' or 't');
}
