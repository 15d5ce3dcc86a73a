using System.Globalization;
using System.Text;

namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>Decodes the raw text of a JSON string.</summary>
internal static class JsonText
{
    /// <summary>The string whose raw content (escapes not decoded) is <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>];
    /// an unknown escape gives the escaped character.</summary>
    public static string Unescape(string text, int start, int end)
    {
        var raw = text.AsSpan(start, end - start);
        if (raw.IndexOf('\\') < 0)
        {
            return raw.ToString();
        }

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
                && ushort.TryParse(raw.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
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
