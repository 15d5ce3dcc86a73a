namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // How a name is written, told by what follows it: name=value, <name>value, | name | value, "the name is value".
    private enum FieldSyntax
    {
        Separator,
        Element,
        Table,
        Prose,
    }

    private static FieldSyntax FieldSyntaxOf(ReadOnlySpan<char> match)
    {
        var trimmed = match.TrimEnd(" \t");
        if (trimmed.Length > 3 && trimmed[^3] == '%' && trimmed[^2] == '3')
        {
            return FieldSyntax.Separator; // %3D, %3A
        }

        switch (trimmed[^1])
        {
            case ':' or '=' or '：' or '＝':
                return FieldSyntax.Separator; // also "is:" and "lautet:"
            case '>':
                return FieldSyntax.Element;
            case '|':
                return FieldSyntax.Table;
        }

        var lastWord = trimmed[(trimmed.LastIndexOfAny(' ', '\t') + 1)..];
        var isProse = trimmed.Length < match.Length && trimmed.IndexOfAny(' ', '\t') >= 0;
        return isProse && IsOneOf(lastWord, _proseVerbs) ? FieldSyntax.Prose : FieldSyntax.Table;
    }

    // Where the name starts: after "<" and an XML prefix ("<ns:password>"), else at the match.
    private static int NameStart(string text, int index)
    {
        if (text[index] != '<')
        {
            return index;
        }

        var position = index + 1;
        while (position < text.Length && position - index < MaxNamePrefixLength
               && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '.' or '-'))
        {
            position++;
        }

        return position < text.Length && text[position] == ':' ? position + 1 : index + 1;
    }

    // The name's first letters (one more than the longest short name) against the short names.
    private static bool IsShortName(string text, int nameStart)
    {
        var end = nameStart;
        while (end < text.Length && end - nameStart < 5 && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return IsOneOf(text.AsSpan(nameStart, end - nameStart), _shortNames);
    }

    // The name ends a start tag: "<" comes before it, maybe across a prefix ("<client_secret>", "<ns:password>").
    private static bool OpensElement(string text, int index)
    {
        var start = index;
        while (start > 0 && index - start < MaxNamePrefixLength
               && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-' or ':'))
        {
            start--;
        }

        return text[index] == '<' || (start > 0 && text[start - 1] == '<');
    }

    // A table cell starts at the line start, after whitespace, a border or a quote, once the name's prefix is skipped:
    // "| clientsecret | x" is a cell, "grant_type=client_credentials  scope" is not.
    private static bool StartsCell(string text, int nameStart)
    {
        var start = nameStart;
        while (start > 0 && nameStart - start < MaxNamePrefixLength
               && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-'))
        {
            start--;
        }

        return start == 0 || text[start - 1] is ' ' or '\t' or '\n' or '\r' or '|' or '"' or '\'';
    }
}
