using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Rules.Operators;

/// <summary>Named placeholders a signal's regex may use instead of writing its own pattern for what every log has:
/// <c>{url}</c>, <c>{host}</c>, <c>{origin}</c>, <c>{path}</c>, <c>{status}</c>, <c>{ip}</c>, <c>{dn}</c>. Each becomes a named
/// capture of that name (<c>{dn:subject}</c> names it <c>subject</c>); a <c>{url}</c> or <c>{origin}</c> also captures its
/// <c>host</c>, so the signal gets the derived <c>target</c>. One definition of each, here, instead of one per rule file.</summary>
internal static partial class SignalPlaceholders
{
    // A DNS name with a top-level domain of letters (so "1.2.3" and "file.v2" are no hosts), or an IPv4 address.
    private const string HostPattern = @"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}|[0-9]{1,3}(?:\.[0-9]{1,3}){3})";
    private const string PortPattern = @"(?::[0-9]{1,5})?";

    /// <summary>Every placeholder with the pattern it stands for; <c>§</c> is the capture's name.</summary>
    public static FrozenDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["host"] = $"(?<§>{HostPattern})",
        ["origin"] = $"(?<§>https?://(?<host>{HostPattern}){PortPattern})",
        ["url"] = $"(?<§>https?://(?<host>{HostPattern}){PortPattern}(?:[/?#][^\\s\"'<>]*)?)",
        ["path"] = "(?<§>/[^\\s\"'<>?#]*)",
        ["status"] = "(?<§>[1-5][0-9]{2})\\b",
        ["ip"] = @"(?<§>[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9a-f]{0,4}:[0-9a-f:.]*[0-9a-f])",
        ["dn"] = @"(?<§>(?:[a-z][a-z0-9.]*[ \t]*=[ \t]*[^,;+\r\n()=]*[^,;+\r\n()= \t][ \t]*[,+][ \t]*)*[a-z][a-z0-9.]*[ \t]*=[ \t]*[^,;+\r\n()=]*[^,;+\r\n()= \t])",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The regex with its placeholders expanded; null with the reason when one is unknown.</summary>
    public static string? Expand(string pattern, out string reason)
    {
        reason = "";
        if (!pattern.Contains('{', StringComparison.Ordinal))
        {
            return pattern;
        }

        var result = new StringBuilder(pattern.Length * 2);
        var at = 0;
        foreach (Match match in Placeholder().Matches(pattern))
        {
            // \p{L} and \P{Lu} are Unicode classes, and an escaped brace is a literal one.
            var before = pattern.AsSpan(0, match.Index);
            if (before.EndsWith(@"\", StringComparison.Ordinal) || before.EndsWith(@"\p", StringComparison.Ordinal) || before.EndsWith(@"\P", StringComparison.Ordinal))
            {
                continue;
            }

            var kind = match.Groups["kind"].Value;
            if (!All.TryGetValue(kind, out var expansion))
            {
                reason = $"unknown placeholder '{{{kind}}}'.{Diagnostics.Suggestions.DidYouMean(kind, All.Keys)} Placeholders: {string.Join(", ", All.Keys.Select(k => $"{{{k}}}"))} (write \\{{ for a literal brace)";
                return null;
            }

            var name = match.Groups["name"].Success ? match.Groups["name"].Value : kind;
            result.Append(pattern, at, match.Index - at).Append(expansion.Replace("§", name, StringComparison.Ordinal));
            at = match.Index + match.Length;
        }

        return result.Append(pattern, at, pattern.Length - at).ToString();
    }

    [GeneratedRegex(@"\{(?<kind>[a-z]+)(?::(?<name>[a-z_][a-z0-9_]*))?\}")]
    private static partial Regex Placeholder();
}
