using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

public static partial class SecretRedactor
{
    // A value longer than this is cut: the mask covers its start, which is all an excerpt could show.
    private const int MaxValueLength = 64 * 1024;

    // The JSON field "key" holds a private key in a service key; shorter values are names, not secrets.
    private const int MinKeyValueLength = 32;

    // How far back a name's prefix (client_, X-, AWS_...) is read, to find where a table cell starts.
    private const int MaxNamePrefixLength = 64;

    // One pass for every name in every syntax: the tail tells the syntax apart (see FieldSyntaxOf).
    [GeneratedRegex(
        "(?:<(?:[A-Za-z][A-Za-z0-9_.-]*:)?)?(?:" + PasswordNames + "|" + SecretNames + ")" + FieldTails,
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretField();

    [GeneratedRegex(@"""key""[ \t]*:[ \t]*""", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyField();

    private enum FieldSyntax
    {
        Separator,
        Element,
        Table,
        Prose,
    }

    private static void AddFields(string text, List<SecretSpan> spans)
    {
        var covered = 0;
        foreach (var (start, end) in StemWindows(text, _nameStems, NameStemLead, NameStemTrail, _nameStemCharacters))
        {
            // After a value, the search starts again where the value ends: a name inside a value already masked
            // (password=password=...) is part of that value, and is not even enumerated.
            for (var from = Math.Max(start, covered); from < end;)
            {
                var next = end;
                foreach (var match in SecretField().EnumerateMatches(text.AsSpan(from, end - from)))
                {
                    var value = FieldValue(text, from + match.Index, match.Length);
                    if (value.End > value.Start)
                    {
                        spans.Add(new SecretSpan(value.Start, value.End, Mask));
                        next = Math.Max(value.End, from + match.Index + match.Length);
                        break;
                    }
                }

                from = next;
                covered = Math.Max(covered, next);
            }
        }

        foreach (var match in KeyField().EnumerateMatches(text))
        {
            var value = ReadValue(text, match.Index + match.Length - 1);
            if (LooksLikeKeyMaterial(text.AsSpan(value.Start, value.End - value.Start)))
            {
                spans.Add(new SecretSpan(value.Start, value.End, Mask));
            }
        }
    }

    // The value a name match introduces, or an empty range when the match is not a secret field after all.
    private static (int Start, int End) FieldValue(string text, int index, int length)
    {
        var none = (index, index);
        var nameStart = NameStart(text, index);
        var isShort = IsShortName(text, nameStart);
        if (isShort && nameStart > 0 && char.IsLetterOrDigit(text[nameStart - 1]))
        {
            return none;
        }

        var valueStart = index + length;
        switch (FieldSyntaxOf(text.AsSpan(index, length)))
        {
            case FieldSyntax.Separator:
                var value = ReadValue(text, valueStart);
                return IsPlaceholder(text.AsSpan(value.Start, value.End - value.Start)) ? none : value;
            case FieldSyntax.Element:
                return OpensElement(text, index) ? ReadElementValue(text, valueStart) : none;
            case FieldSyntax.Table when !isShort && StartsCell(text, nameStart):
                var cell = ReadWord(text, valueStart);
                return cell.Quoted || LooksLikeSecret(text.AsSpan(cell.Start, cell.End - cell.Start)) ? (cell.Start, cell.End) : none;
            case FieldSyntax.Prose when !isShort:
                var word = ReadWord(text, valueStart);
                return word.Quoted || LooksLikeSecret(text.AsSpan(word.Start, word.End - word.Start)) ? (word.Start, word.End) : none;
            default:
                return none;
        }
    }

    private static FieldSyntax FieldSyntaxOf(ReadOnlySpan<char> match)
    {
        var trimmed = match.TrimEnd(" \t");
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
