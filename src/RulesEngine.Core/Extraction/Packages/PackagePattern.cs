using RulesEngine.Core.Catalog;

namespace RulesEngine.Core.Extraction.Packages;

/// <summary>A package name or alias as words and dashes, matched case-insensitively with any dash and any run of whitespace.</summary>
internal sealed class PackagePattern
{
    // Whitespace characters between two tokens that MaxLead allows for; more is rare in typed names.
    private const int MaxGap = 8;

    private readonly string?[] _tokens; // a word, or null for a dash

    private PackagePattern(PackageEntry entry, string?[] tokens)
    {
        Entry = entry;
        _tokens = tokens;
    }

    /// <summary>The catalog entry this name belongs to.</summary>
    public PackageEntry Entry { get; }

    /// <summary>The first word, used to find candidate start positions.</summary>
    public string FirstWord => _tokens[0]!;

    /// <summary>The words, in order (dashes left out).</summary>
    public IEnumerable<string> Words => _tokens.OfType<string>();

    /// <summary>How far before an occurrence of <paramref name="word"/> a match of this pattern may start: its tokens
    /// before the word's first occurrence, with room for a few extra spaces between each.</summary>
    public int MaxLead(string word)
    {
        var lead = 0;
        foreach (var token in _tokens)
        {
            if (token is not null && token.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            lead += (token?.Length ?? 1) + MaxGap;
        }

        return lead;
    }

    /// <summary>Splits <paramref name="name"/> into words and dashes; null when it has no word.</summary>
    public static PackagePattern? Create(PackageEntry entry, string name)
    {
        var tokens = new List<string?>();
        var word = new System.Text.StringBuilder();
        foreach (var c in name.Append(' '))
        {
            if (char.IsWhiteSpace(c) || IsDash(c))
            {
                if (word.Length > 0)
                {
                    tokens.Add(word.ToString());
                    word.Clear();
                }

                if (IsDash(c) && tokens.Count > 0 && tokens[^1] is not null)
                {
                    tokens.Add(null);
                }
            }
            else
            {
                word.Append(c);
            }
        }

        while (tokens.Count > 0 && tokens[^1] is null)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.Count == 0 ? null : new PackagePattern(entry, [.. tokens]);
    }

    /// <summary>The offset just past a match of this pattern starting at <paramref name="start"/>, or -1.</summary>
    public int MatchAt(string text, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return -1;
        }

        var position = start;
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (i > 0)
            {
                var spaces = position;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                if (position == spaces && _tokens[i] is not null && _tokens[i - 1] is not null)
                {
                    return -1;
                }
            }

            if (!MatchToken(text, position, _tokens[i]))
            {
                return -1;
            }

            position += _tokens[i]?.Length ?? 1;
        }

        return position < text.Length && char.IsLetterOrDigit(text[position]) ? -1 : position;
    }

    private static bool MatchToken(string text, int position, string? token) =>
        token is null
            ? position < text.Length && IsDash(text[position])
            : text.AsSpan(position).StartsWith(token, StringComparison.OrdinalIgnoreCase);

    private static bool IsDash(char c) =>
        c is '-' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' or (>= '\u2010' and <= '\u2015');
}
