using Org.BouncyCastle.X509;

namespace RulesEngine.Core.Extraction.Certificates;

internal sealed partial class CertificateReader
{
    // A PEM block whose END is further than this from its BEGIN is read as if it had no END.
    private const int MaxBlockLength = 64 * 1024;

    // PEM blocks one after another (separated by whitespace only), as a chain. Blocks of other labels (keys, requests)
    // are passed over as reads without a certificate or problem, so nothing else reads their base64 as a certificate.
    private List<CertificateRead> ReadPemBlocks(int position, int end)
    {
        var reads = new List<CertificateRead>();
        var text = source.Content;
        while (position < end && text.AsSpan(position, end - position).StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            if (Label(position, out var bodyStart) is not { } label)
            {
                break;
            }

            var endMarker = EndMarker(bodyStart, end, out var nextMarker);
            if (endMarker < 0)
            {
                reads.Add(WithoutEnd(position, bodyStart, nextMarker, IsCertificateLabel(label)));
                break;
            }

            var blockEnd = Label(endMarker, out var markerEnd) is null ? endMarker + 8 : markerEnd;

            if (IsCertificateLabel(label))
            {
                var read = ReadDer(bodyStart, endMarker, bounded: true, requireCertificate: false)
                    ?? new CertificateRead(bodyStart, endMarker, null, CertificateReasons.Empty);
                reads.Add(read with { Start = position, End = blockEnd });
            }
            else if (label == "PKCS7")
            {
                reads.AddRange(ReadPkcs7(position, bodyStart, endMarker, blockEnd));
            }
            else
            {
                reads.Add(new CertificateRead(position, blockEnd, null, null));
            }

            position = Base64Text.SkipSeparators(text, blockEnd, end, out _);
        }

        return reads;
    }

    // The next "-----END" after the body start, or -1 when another marker (a BEGIN), the range end or the block limit comes
    // first; next is where the body must end then: at that marker, or at the limit.
    private int EndMarker(int bodyStart, int end, out int next)
    {
        var text = source.Content;
        var limit = Math.Min(end, bodyStart + MaxBlockLength);
        var dashes = text.IndexOf("-----", bodyStart, limit - bodyStart, StringComparison.Ordinal);
        next = dashes < 0 ? limit : dashes;
        return dashes >= 0 && text.AsSpan(dashes).StartsWith("-----END", StringComparison.Ordinal) ? dashes : -1;
    }

    // A block without its END line: a certificate block is read as far as its base64 goes, with the missing END as the problem.
    private CertificateRead WithoutEnd(int position, int bodyStart, int end, bool certificate)
    {
        if (!certificate)
        {
            return new CertificateRead(position, bodyStart, null, null);
        }

        var read = ReadDer(bodyStart, end, bounded: false, requireCertificate: false);
        var problem = read?.Problem is { } inner ? CertificateReasons.NoEndLine + "; " + inner : CertificateReasons.NoEndLine;
        return new CertificateRead(position, read?.End ?? bodyStart, read?.Certificate, problem);
    }

    // A PKCS#7 bundle (.p7b as PEM): every certificate in it, in order.
    private List<CertificateRead> ReadPkcs7(int position, int bodyStart, int endMarker, int blockEnd)
    {
        var der = DecodeBody(bodyStart, endMarker);
        IList<X509Certificate>? certificates = null;
        try
        {
            certificates = der is null ? null : new X509CertificateParser().ReadCertificates(der);
        }
#pragma warning disable CA1031 // BouncyCastle throws many exception types on malformed data; any of them means "no certificates".
        catch (Exception)
#pragma warning restore CA1031
        {
            certificates = null;
        }

        return certificates is { Count: > 0 }
            ? [.. certificates.Select(c => new CertificateRead(position, blockEnd, c, null))]
            : [new CertificateRead(position, blockEnd, null, CertificateReasons.NotX509)];
    }

    // The bytes of a PEM body, or null when it is not base64.
    private byte[]? DecodeBody(int start, int end)
    {
        var text = source.Content;
        var chars = new System.Text.StringBuilder(end - start);
        for (var position = Base64Text.SkipSeparators(text, start, end, out _); position < end;
             position = Base64Text.SkipSeparators(text, position, end, out _))
        {
            var c = Base64Text.CharAt(text, position, end, out var width);
            if (c == '\0')
            {
                return null;
            }

            if (c != '=')
            {
                chars.Append(c);
            }

            position += width;
        }

        return FromBase64(chars.ToString());
    }
}
