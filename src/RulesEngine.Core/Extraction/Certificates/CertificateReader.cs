using Org.BouncyCastle.X509;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Reads the certificates in a range of one input: a run of PEM blocks (a chain), or base64 DER certificates
/// one after another, in any shape (one line, wrapped, JSON-escaped, base64url). Never throws.</summary>
/// <remarks>BouncyCastle returns null for one-line PEM and bare base64, so the text is reduced to DER first; the DER length
/// header tells where a certificate ends, so trailing words are not read. Parsed certificates are cached per DER.</remarks>
internal sealed partial class CertificateReader(SourceText source)
{
    // No real certificate is larger; longer base64 is not decoded.
    private const int MaxDerLength = 48 * 1024;

    // A PEM BEGIN label longer than this is not a label.
    private const int MaxLabelLength = 64;

    private readonly Dictionary<string, X509Certificate?> _parsed = new(StringComparer.Ordinal);

    /// <summary>The input being read.</summary>
    public SourceText Source => source;

    /// <summary>The certificates from <paramref name="start"/> to at most <paramref name="end"/>. <paramref name="bounded"/>: the range
    /// is the certificate's own text (a JSON value, a PEM body), so anything in it that is not base64 is an error; otherwise
    /// reading stops at the first character that is not base64, or at a blank line.</summary>
    public List<CertificateRead> ReadAll(int start, int end, bool bounded)
    {
        var text = source.Content;
        var position = Base64Text.SkipSeparators(text, start, end, out _);
        return text.AsSpan(position, end - position).StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? ReadPemBlocks(position, end)
            : ReadBase64Run(position, end, bounded);
    }

    /// <summary>True when a PEM BEGIN line of a certificate, or of a PKCS#7 bundle of them, starts at <paramref name="position"/>.</summary>
    public bool IsCertificateBegin(int position) =>
        Label(position, out _) is { } label && (IsCertificateLabel(label) || label == "PKCS7");

    private List<CertificateRead> ReadBase64Run(int position, int end, bool bounded)
    {
        var reads = new List<CertificateRead>();
        var text = source.Content;
        if (bounded && !text.AsSpan(position, end - position).StartsWith("MI", StringComparison.Ordinal))
        {
            // DER certificates in base64 always start so: anything else is no certificate text at all.
            return position < end ? [new CertificateRead(position, end, null, CertificateReasons.NotCertificateText)] : reads;
        }

        while (position < end)
        {
            var read = ReadDer(position, end, bounded, requireCertificate: !bounded || reads.Count > 0);
            if (read is null)
            {
                break;
            }

            reads.Add(read);
            position = Base64Text.SkipSeparators(text, read.End, end, out _);
            if (read.Problem is not null || !text.AsSpan(position, end - position).StartsWith("MI", StringComparison.Ordinal))
            {
                break;
            }
        }

        return reads;
    }

    private static bool IsCertificateLabel(string label) => label is "CERTIFICATE" or "X509 CERTIFICATE" or "TRUSTED CERTIFICATE";

    // The label of the marker ("-----BEGIN LABEL-----" or "-----END LABEL-----") at position, and where the marker ends.
    private string? Label(int position, out int markerEnd)
    {
        var text = source.Content;
        markerEnd = -1;
        var space = text.IndexOf(' ', position, Math.Min(12, text.Length - position));
        if (space < 0)
        {
            return null;
        }

        var close = text.IndexOf("-----", space, Math.Min(MaxLabelLength, text.Length - space), StringComparison.Ordinal);
        if (close < 0)
        {
            return null;
        }

        markerEnd = close + 5;
        return text[(space + 1)..close].Trim();
    }
}
