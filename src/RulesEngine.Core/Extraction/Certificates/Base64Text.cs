namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Reads base64 as it appears in raw input: across real and JSON-escaped whitespace (<c>\n</c>, <c>\r</c>, <c>\t</c>),
/// through the JSON escapes <c>\/</c> and <c>\u002B</c>, with base64url's <c>-</c> and <c>_</c> mapped to <c>+</c> and <c>/</c>.</summary>
internal static class Base64Text
{
    /// <summary>The position of the first character at or after <paramref name="position"/> (before <paramref name="end"/>) that is
    /// not whitespace or an escaped whitespace; <paramref name="lineBreaks"/> counts the line breaks skipped.</summary>
    public static int SkipSeparators(string text, int position, int end, out int lineBreaks)
    {
        lineBreaks = 0;
        while (position < end)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                lineBreaks += c == '\n' ? 1 : 0;
                position++;
            }
            else if (c == '\\' && position + 1 < end && text[position + 1] is 'n' or 'r' or 't')
            {
                lineBreaks += text[position + 1] == 'n' ? 1 : 0;
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>The base64 character at <paramref name="position"/> in the standard alphabet (or '=' for padding), and how many
    /// raw characters it takes; '\0' when there is none.</summary>
    public static char CharAt(string text, int position, int end, out int width)
    {
        width = 1;
        var c = text[position];
        switch (c)
        {
            case '-':
                // base64url's 62nd character, unless it starts a PEM marker.
                return text.AsSpan(position, Math.Min(5, end - position)).SequenceEqual("-----") ? '\0' : '+';
            case '_':
                return '/';
            case '=' or '+' or '/':
                return c;
            case '\\' when position + 1 < end && text[position + 1] == '/':
                width = 2;
                return '/';
            case '\\' when position + 5 < end && text[position + 1] == 'u' && Unicode(text.AsSpan(position + 2, 4)) is var decoded && IsBase64(decoded):
                width = 6;
                return decoded;
            default:
                return char.IsAsciiLetterOrDigit(c) ? c : '\0';
        }
    }

    /// <summary>True for a character of the standard base64 alphabet or padding.</summary>
    public static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=';

    private static char Unicode(ReadOnlySpan<char> hex) =>
        ushort.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? (char)code
            : '\0';
}
