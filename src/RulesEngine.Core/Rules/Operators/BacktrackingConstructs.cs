namespace RulesEngine.Core.Rules.Operators;

/// <summary>Finds the constructs of a .NET pattern that the linear-time (NonBacktracking) engine refuses: lookarounds,
/// atomic groups, conditionals, backreferences, balancing groups and <c>\G</c>. Escapes and character classes are skipped,
/// where these characters are literals.</summary>
internal static class BacktrackingConstructs
{
    /// <summary>What the first such construct is, or null when there is none. Only called on patterns that parse.</summary>
    public static string? Find(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (!inClass && next is >= '1' and <= '9' or 'k')
                {
                    return "a backreference";
                }

                if (!inClass && next == 'G')
                {
                    return "the \\G anchor";
                }

                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                // A ']' right after '[' or '[^' is a literal.
                inClass = true;
                i += pattern.AsSpan(i + 1).StartsWith("^]") ? 2 : pattern.AsSpan(i + 1).StartsWith("]") ? 1 : 0;
                continue;
            }

            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?' && Group(pattern.AsSpan(i + 2)) is { } construct)
            {
                return construct;
            }
        }

        return null;
    }

    private static string? Group(ReadOnlySpan<char> rest) => rest switch
    {
        ['=', ..] or ['!', ..] or ['<', '=', ..] or ['<', '!', ..] => "a lookaround",
        ['>', ..] => "an atomic group",
        ['(', ..] => "a conditional",
        ['<' or '\'', ..] when IsBalancing(rest) => "a balancing group",
        _ => null,
    };

    // (?<name-other>…) or (?'name-other'…): a '-' before the name's closing bracket.
    private static bool IsBalancing(ReadOnlySpan<char> rest)
    {
        var close = rest[0] == '<' ? '>' : '\'';
        var end = rest[1..].IndexOf(close);
        return end >= 0 && rest[1..(end + 1)].Contains('-');
    }
}
