using RulesEngine.Core.Catalog;

namespace RulesEngine.Core.Extraction.Packages;

internal sealed partial class PackageMentionExtractor
{
    // Longest hub id looked at.
    private const int MaxIdLength = 200;

    private static readonly string[] _schemes = ["https://", "http://"];

    // "https://api.sap.com/package/<id>/integrationflow", with or without scheme, "www." and tail.
    private void AddHubUrlAt(string text, int offset, int afterPath, List<(int, int, PackageEntry)> matches)
    {
        var idEnd = afterPath;
        while (idEnd < text.Length && idEnd - afterPath < MaxIdLength && IsIdChar(text[idEnd]))
        {
            idEnd++;
        }

        while (idEnd > afterPath && text[idEnd - 1] is '.' or '-')
        {
            idEnd--;
        }

        if (idEnd == afterPath || _catalog.Find(text[afterPath..idEnd]) is not { } entry)
        {
            return;
        }

        var start = offset;
        if (start >= 4 && text.AsSpan(start - 4, 4).Equals("www.", StringComparison.OrdinalIgnoreCase))
        {
            start -= 4;
        }

        foreach (var scheme in _schemes)
        {
            if (start >= scheme.Length && text.AsSpan(start - scheme.Length, scheme.Length).Equals(scheme, StringComparison.OrdinalIgnoreCase))
            {
                start -= scheme.Length;
                break;
            }
        }

        var end = idEnd;
        if (end < text.Length && text[end] == '/')
        {
            while (end < text.Length && end - idEnd < MaxIdLength && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']'))
            {
                end++;
            }

            end = idEnd + text.AsSpan(idEnd, end - idEnd).TrimEnd(".,;:!?").Length;
        }

        matches.Add((start, end, entry));
    }

    // The id as a word of its own (not part of a longer id or word).
    private static void AddIdAt(string text, int offset, int end, PackageEntry entry, List<(int, int, PackageEntry)> matches)
    {
        if ((offset > 0 && IsIdChar(text[offset - 1]) && text[offset - 1] != '.') || (end < text.Length && IsIdChar(text[end]) && text[end] != '.'))
        {
            return;
        }

        matches.Add((offset, end, entry));
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
