using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Finds the <c>certificate</c> field of a service key at any depth: with System.Text.Json when the input is JSON,
/// otherwise (a key pasted into a ticket, or broken JSON) by reading the field's string value directly.</summary>
internal static partial class ServiceKeyCertificates
{
    private const string FieldName = "certificate";

    // A certificate value longer than this is not read.
    private const int MaxValueLength = 64 * 1024;

    [GeneratedRegex(@"""certificate""[ \t\r\n]*:[ \t\r\n]*""", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    /// <summary>The value of every <c>certificate</c> field in <paramref name="text"/>.</summary>
    public static IReadOnlyList<CertificateCandidate> FindAll(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[' ? FromJson(text) ?? FromText(text) : FromText(text);
    }

    // Null when the text is not valid JSON.
    private static List<CertificateCandidate>? FromJson(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        });
        var found = new List<CertificateCandidate>();
        var offsets = new Utf8Offsets(utf8);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName
                    || !string.Equals(reader.GetString(), FieldName, StringComparison.OrdinalIgnoreCase)
                    || !reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    continue;
                }

                var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                var start = offsets.CharOffset((int)reader.TokenStartIndex + 1);
                var end = offsets.CharOffset((int)reader.BytesConsumed - 1);
                found.Add(new CertificateCandidate(start, end, reader.GetString() ?? string.Empty, CertificateOrigin.ServiceKey, IsSingleLine(raw)));
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return found;
    }

    private static List<CertificateCandidate> FromText(string text)
    {
        var found = new List<CertificateCandidate>();
        foreach (var match in Field().EnumerateMatches(text))
        {
            var start = match.Index + match.Length;
            var end = start;
            while (end < text.Length && end - start < MaxValueLength && text[end] != '"')
            {
                end += text[end] == '\\' ? 2 : 1;
            }

            end = Math.Min(end, text.Length);
            var raw = text[start..end];
            found.Add(new CertificateCandidate(start, end, JsonUnescape(raw), CertificateOrigin.ServiceKey, IsSingleLine(raw)));
        }

        return found;
    }

    // One line: no real line break and no escaped \n or \r inside the value (a trailing one does not count).
    private static bool IsSingleLine(string raw)
    {
        var value = raw.AsSpan().Trim();
        while (value.EndsWith(@"\n", StringComparison.Ordinal) || value.EndsWith(@"\r", StringComparison.Ordinal))
        {
            value = value[..^2].TrimEnd();
        }

        return value.IndexOfAny('\r', '\n') < 0
            && !value.Contains(@"\n", StringComparison.Ordinal)
            && !value.Contains(@"\r", StringComparison.Ordinal);
    }

    // Decodes the escapes of a JSON string body; an unknown escape gives the escaped character.
    private static string JsonUnescape(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 == raw.Length)
            {
                builder.Append(raw[i]);
                continue;
            }

            var escaped = raw[++i];
            if (escaped == 'u' && i + 4 < raw.Length
                && ushort.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 4;
                continue;
            }

            builder.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                _ => escaped,
            });
        }

        return builder.ToString();
    }
}
