using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
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
}
