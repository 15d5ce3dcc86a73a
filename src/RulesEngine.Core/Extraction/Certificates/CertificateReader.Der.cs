using System.Text;
using Org.BouncyCastle.X509;

namespace RulesEngine.Core.Extraction.Certificates;

internal sealed partial class CertificateReader
{
    // The tag of a certificate's first element (its to-be-signed SEQUENCE).
    private const byte CertificateTag = 0x30;

    /// <summary>Reads one base64 DER certificate from <paramref name="position"/>; null when the text there is not worth a
    /// warning (no base64, or with <paramref name="requireCertificate"/>, DER that is not shaped like a certificate).</summary>
    private CertificateRead? ReadDer(int position, int end, bool bounded, bool requireCertificate)
    {
        var text = source.Content;
        var chars = new StringBuilder();
        DerHeader? header = null;
        var start = -1;
        var needed = int.MaxValue;
        while (chars.Length < needed)
        {
            var next = Base64Text.SkipSeparators(text, position, end, out var breaks);
            if (next >= end || (!bounded && breaks >= 2 && chars.Length > 0))
            {
                break;
            }

            var c = Base64Text.CharAt(text, next, end, out var width);
            if (c is '\0' or '=')
            {
                if (c == '=' && header is not null && IsDataAfterPadding(next, end))
                {
                    return new CertificateRead(start, next, null, At(next, CertificateReasons.BadPadding));
                }

                if (c == '\0' && bounded && header is not null)
                {
                    return new CertificateRead(start, next, null, At(next, CertificateReasons.InvalidCharacter));
                }

                position = next;
                break;
            }

            start = start < 0 ? next : start;
            chars.Append(c);
            position = next + width;
            if (chars.Length == DerHeader.Base64Length)
            {
                header = DerHeader.Read(FromBase64(chars.ToString()), MaxDerLength);
                if (header is not { InnerTag: CertificateTag } found)
                {
                    return requireCertificate ? null : new CertificateRead(start, position, null, HeaderProblem(header));
                }

                needed = ((found.Length * 4) + 2) / 3;
            }
        }

        if (header is not { } known)
        {
            return requireCertificate || start < 0 ? null : new CertificateRead(start, position, null, CertificateReasons.NotCertificateText);
        }

        if (chars.Length < needed)
        {
            return new CertificateRead(start, position, null, CertificateReasons.Truncated(chars.Length * 3 / 4, known.Length));
        }

        position = SkipPadding(position, end);
        var certificate = Parse(chars.ToString());
        return new CertificateRead(start, position, certificate, certificate is null ? CertificateReasons.NotX509 : null);
    }

    private static string HeaderProblem(DerHeader? header) => header switch
    {
        null => CertificateReasons.NotDer,
        { InnerTag: 0x02 } => CertificateReasons.PrivateKey,
        _ => CertificateReasons.NotX509,
    };

    // Padding at position followed by more data (not padding) before a break: '=' inside the base64 text.
    private bool IsDataAfterPadding(int position, int end)
    {
        var text = source.Content;
        while (position < end && text[position] == '=')
        {
            position++;
        }

        return position < end && Base64Text.CharAt(text, position, end, out _) is not ('\0' or '=');
    }

    private int SkipPadding(int position, int end)
    {
        var text = source.Content;
        var next = Base64Text.SkipSeparators(text, position, end, out var breaks);
        while (breaks == 0 && next < end && text[next] == '=')
        {
            position = ++next;
        }

        return position;
    }

    private string At(int offset, Func<int, int, string> reason)
    {
        var line = source.LineOf(offset);
        return reason(line + 1, offset - source.LineStart(line) + 1);
    }

    private X509Certificate? Parse(string base64)
    {
        if (_parsed.TryGetValue(base64, out var known))
        {
            return known;
        }

        X509Certificate? certificate;
        try
        {
            certificate = FromBase64(base64) is { } der ? new X509CertificateParser().ReadCertificate(der) : null;
        }
#pragma warning disable CA1031 // BouncyCastle throws many exception types on malformed DER; any of them means "not a certificate".
        catch (Exception)
#pragma warning restore CA1031
        {
            certificate = null;
        }

        _parsed[base64] = certificate;
        return certificate;
    }

    // Decodes unpadded standard base64 (a trailing lone character is dropped); null when it is not base64.
    private static byte[]? FromBase64(string base64)
    {
        var usable = base64.Length % 4 == 1 ? base64[..^1] : base64;
        var padded = usable.PadRight((usable.Length + 3) / 4 * 4, '=');
        var bytes = new byte[padded.Length / 4 * 3];
        return Convert.TryFromBase64String(padded, bytes, out var written) ? bytes[..written] : null;
    }
}
