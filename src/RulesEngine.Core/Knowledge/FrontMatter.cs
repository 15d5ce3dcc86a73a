namespace RulesEngine.Core.Knowledge;

/// <summary>An article file split into its YAML front matter and its template body, with the file lines they start on (1-based).</summary>
/// <param name="Yaml">The text between the two <c>---</c> lines.</param>
/// <param name="YamlLine">The file line of the first YAML line (2).</param>
/// <param name="ClosingLine">The file line of the closing <c>---</c>.</param>
/// <param name="Body">The text after the closing <c>---</c>, with LF line ends.</param>
/// <param name="BodyLine">The file line of the first body line.</param>
internal sealed record FrontMatter(string Yaml, int YamlLine, int ClosingLine, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/> (LF or CRLF); null when it does not start with a closed front matter block.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (!IsFence(lines[0]))
        {
            problem = "an article starts with front matter: a '---' line, 'key: value' lines (id, title, product, component, source), and a closing '---' line";
            return null;
        }

        var closing = Array.FindIndex(lines, 1, IsFence);
        if (closing < 0)
        {
            problem = "the front matter opened on line 1 is not closed: add a '---' line after its last key";
            return null;
        }

        problem = null;
        return new FrontMatter(
            string.Join('\n', lines[1..closing]),
            YamlLine: 2,
            ClosingLine: closing + 1,
            string.Join('\n', lines[(closing + 1)..]),
            BodyLine: closing + 2);
    }

    private static bool IsFence(string line) => line.TrimEnd() == Fence;
}
