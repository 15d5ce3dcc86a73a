namespace RulesEngine.Core.Extraction.Errors;

/// <summary>A tolerant, bounded reader of JSON fragments found in free text: it walks the members of one object without
/// building a document, and gives up (returns -1 or stops) at anything malformed or past its limit.</summary>
internal static class JsonScan
{
    /// <summary>The members from <paramref name="position"/> (a key's opening quote, or just inside '{') to the object's '}'.</summary>
    public static IEnumerable<JsonMember> Members(string text, int position, int limit)
    {
        while (true)
        {
            position = SkipWhitespace(text, position, limit);
            if (position < limit && text[position] == ',')
            {
                position = SkipWhitespace(text, position + 1, limit);
            }

            if (position >= limit || text[position] != '"')
            {
                yield break;
            }

            var keyEnd = StringEnd(text, position, limit);
            if (keyEnd < 0)
            {
                yield break;
            }

            var colon = SkipWhitespace(text, keyEnd + 1, limit);
            if (colon >= limit || text[colon] != ':')
            {
                yield break;
            }

            var value = SkipWhitespace(text, colon + 1, limit);
            var valueEnd = ValueEnd(text, value, limit);
            if (valueEnd < 0)
            {
                yield break;
            }

            var isString = text[value] == '"';
            yield return isString
                ? new JsonMember(position + 1, keyEnd, value + 1, valueEnd - 1, IsString: true)
                : new JsonMember(position + 1, keyEnd, value, valueEnd, IsString: false);
            position = valueEnd;
        }
    }

    /// <summary>True when the member's key is <paramref name="name"/>, ignoring ASCII case.</summary>
    public static bool KeyIs(string text, JsonMember member, string name) =>
        text.AsSpan(member.KeyStart, member.KeyEnd - member.KeyStart).Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The offset just past the value starting at <paramref name="position"/>, or -1.</summary>
    public static int ValueEnd(string text, int position, int limit)
    {
        if (position >= limit)
        {
            return -1;
        }

        switch (text[position])
        {
            case '"':
                var end = StringEnd(text, position, limit);
                return end < 0 ? -1 : end + 1;
            case '{' or '[':
                return ContainerEnd(text, position, limit);
            default:
                var stop = position;
                while (stop < limit && (char.IsAsciiLetterOrDigit(text[stop]) || text[stop] is '-' or '+' or '.'))
                {
                    stop++;
                }

                return stop > position ? stop : -1;
        }
    }

    /// <summary>The first offset at or after <paramref name="position"/> that is not whitespace.</summary>
    public static int SkipWhitespace(string text, int position, int limit)
    {
        while (position < limit && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    // The offset of the closing quote of the string opening at 'position', or -1; a string never spans lines.
    private static int StringEnd(string text, int position, int limit)
    {
        for (var i = position + 1; i < limit; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '"': return i;
                case '\n': return -1;
            }
        }

        return -1;
    }

    private static int ContainerEnd(string text, int position, int limit)
    {
        var depth = 0;
        for (var i = position; i < limit; i++)
        {
            switch (text[i])
            {
                case '"':
                    i = StringEnd(text, i, limit);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }
}
