using Org.BouncyCastle.X509;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Normalizes certificate text (PEM, one-line PEM, bare or wrapped base64, base64url) and parses it with BouncyCastle.</summary>
/// <remarks>BouncyCastle's parser returns null for one-line PEM and bare base64, so the text is reduced to the DER bytes first.
/// The DER length header tells where the certificate ends, so trailing base64-looking words are ignored.</remarks>
internal static class CertificateDecoder
{
    // No real certificate is larger; longer text is not decoded.
    private const int MaxBase64Length = 64 * 1024;

    // DER SEQUENCE tag: every certificate starts with it.
    private const byte SequenceTag = 0x30;

    /// <summary>The certificate in <paramref name="text"/>, or null when it is not one.</summary>
    public static X509Certificate? Decode(string text)
    {
        var base64 = NormalizedBase64(text);
        if (base64 is null || base64.Length < 8)
        {
            return null;
        }

        var header = FromBase64(base64[..8]);
        var length = header is null ? -1 : DerLength(header);
        if (length <= 0)
        {
            return null;
        }

        var needed = (int)Math.Min(base64.Length, ((length * 4L) + 2) / 3);
        var der = FromBase64(base64[..needed]);
        if (der is null)
        {
            return null;
        }

        try
        {
            return new X509CertificateParser().ReadCertificate(der.AsSpan(0, Math.Min(length, der.Length)).ToArray());
        }
#pragma warning disable CA1031 // BouncyCastle throws many exception types on malformed DER; any of them means "not a certificate".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    // Base64 alphabet only: BEGIN/END lines, whitespace, literal \n escapes and padding removed, base64url mapped.
    private static string? NormalizedBase64(string text)
    {
        var body = StripPemMarkers(text);
        var builder = new System.Text.StringBuilder(Math.Min(body.Length, MaxBase64Length));
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length && body[i + 1] is 'n' or 'r' or 't' or '/')
            {
                if (body[i + 1] == '/')
                {
                    builder.Append('/');
                }

                i++;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                builder.Append(c);
            }
            else if (c is '-' or '_')
            {
                builder.Append(c == '-' ? '+' : '/');
            }
            else if (!(char.IsWhiteSpace(c) || c == '='))
            {
                return null;
            }

            if (builder.Length > MaxBase64Length)
            {
                return null;
            }
        }

        return builder.ToString();
    }

    private static string StripPemMarkers(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        for (var begin = text.IndexOf("-----", StringComparison.Ordinal); begin >= 0;
             begin = text.IndexOf("-----", position, StringComparison.Ordinal))
        {
            var close = text.IndexOf("-----", begin + 5, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            builder.Append(text, position, begin - position);
            position = close + 5;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static byte[]? FromBase64(string base64)
    {
        var padded = base64.Length % 4 == 1 ? base64[..^1] : base64;
        padded = padded.PadRight((padded.Length + 3) / 4 * 4, '=');
        var bytes = new byte[padded.Length / 4 * 3];
        return Convert.TryFromBase64String(padded, bytes, out var written) ? bytes[..written] : null;
    }

    // The full length (header included) of the DER SEQUENCE that starts the bytes, or -1.
    private static int DerLength(byte[] header)
    {
        if (header.Length < 2 || header[0] != SequenceTag)
        {
            return -1;
        }

        if (header[1] < 0x80)
        {
            return 2 + header[1];
        }

        var count = header[1] & 0x7F;
        if (count is < 1 or > 3 || header.Length < 2 + count)
        {
            return -1;
        }

        var length = 0;
        for (var i = 0; i < count; i++)
        {
            length = (length << 8) | header[2 + i];
        }

        return 2 + count + length;
    }
}
