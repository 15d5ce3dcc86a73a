namespace RulesEngine.Core.Extraction.Errors;

/// <summary>A tolerant, bounded reader of XML elements found in free text: it reads one start tag and, when the element
/// holds only text, that text; it never builds a document.</summary>
internal static class XmlScan
{
    // Longest element name looked at, prefix included.
    private const int MaxNameLength = 64;

    /// <summary>The element whose '&lt;' is at <paramref name="lt"/>, or null when there is no start tag there.</summary>
    public static XmlElement? Read(string text, int lt, int limit)
    {
        var nameEnd = lt + 1;
        while (nameEnd < limit && nameEnd - lt <= MaxNameLength && IsNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == lt + 1 || !char.IsLetter(text[lt + 1]))
        {
            return null;
        }

        var close = text.AsSpan(nameEnd, limit - nameEnd).IndexOfAny('<', '>');
        if (close < 0 || text[nameEnd + close] != '>')
        {
            return null;
        }

        var nameStart = text.LastIndexOf(':', nameEnd - 1, nameEnd - lt - 1) + 1;
        nameStart = Math.Max(nameStart, lt + 1);
        var contentStart = nameEnd + close + 1;
        if (text[contentStart - 2] == '/')
        {
            return new XmlElement(nameStart, nameEnd, contentStart, contentStart, IsText: true);
        }

        var next = text.AsSpan(contentStart, limit - contentStart).IndexOf('<');
        var isText = next >= 0 && contentStart + next + 1 < limit && text[contentStart + next + 1] == '/';
        return new XmlElement(nameStart, nameEnd, contentStart, isText ? contentStart + next : contentStart, isText);
    }

    /// <summary>The first text element from <paramref name="from"/> whose local name is one of <paramref name="names"/> (ignoring case).</summary>
    public static XmlElement? FindText(string text, int from, int limit, IReadOnlyList<string> names)
    {
        for (var lt = IndexOfLt(text, from, limit); lt >= 0; lt = IndexOfLt(text, lt + 1, limit))
        {
            if (Read(text, lt, limit) is { IsText: true } element && names.Any(n => LocalNameIs(text, element, n)))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>True when the element's local name is <paramref name="name"/>, ignoring ASCII case.</summary>
    public static bool LocalNameIs(string text, XmlElement element, string name) =>
        text.AsSpan(element.NameStart, element.NameEnd - element.NameStart).Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The offset of the '&lt;' whose element name holds the ':' at <paramref name="colon"/>, or -1.</summary>
    public static int StartOfPrefixed(string text, int colon)
    {
        var position = colon;
        while (position > 0 && colon - position < MaxNameLength && IsNameChar(text[position - 1]) && text[position - 1] != ':')
        {
            position--;
        }

        return position > 0 && position < colon && text[position - 1] == '<' ? position - 1 : -1;
    }

    private static int IndexOfLt(string text, int from, int limit) =>
        from >= limit ? -1 : text.IndexOf('<', from, limit - from);

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or '-' or '.';
}
