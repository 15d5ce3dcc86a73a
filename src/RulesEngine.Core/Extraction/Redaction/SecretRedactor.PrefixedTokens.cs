using System.Buffers;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Redaction;

internal static partial class SecretRedactor
{
    // Vendor tokens recognised by their documented prefix and length, wherever they stand: AWS key ids, GitHub,
    // Slack, Stripe, GitLab, Google API keys and OAuth tokens, npm, OpenAI and Anthropic, SendGrid, Hugging Face,
    // DigitalOcean, Shopify, PyPI. Case-sensitive: the prefixes are. A fixed-length token ends at a word's end.
    [GeneratedRegex(
        @"\b(?:(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}\b"
        + @"|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}"
        + @"|xox[abposr]-[A-Za-z0-9-]{10,}"
        + @"|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"
        + @"|glpat-[A-Za-z0-9_-]{20,}"
        + @"|AIza[A-Za-z0-9_-]{35}\b|ya29\.[A-Za-z0-9_-]{20,}"
        + @"|npm_[A-Za-z0-9]{36}\b"
        + @"|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}"
        + @"|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"
        + @"|hf_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{64}\b|shpat_[a-fA-F0-9]{32}\b|pypi-AgE[A-Za-z0-9_-]{50,})",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedToken();

    // The prefixes of PrefixedToken, for StemWindows.
    private static readonly SearchValues<string> _tokenPrefixes = SearchValues.Create(
        ["AKIA", "ASIA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "ABIA", "ACCA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
         "github_pat_", "xox", "k_live_", "k_test_", "glpat-", "AIza", "ya29.", "npm_", "sk-", "SG.", "hf_", "dop_v1_", "shpat_", "pypi-AgE"],
        StringComparison.Ordinal);

    // A window holds the character before a prefix (for \b) and this many after it; a longer token is followed to its end.
    private const int TokenWindowLength = 512;

    private static void AddPrefixedTokens(string text, List<SecretSpan> spans)
    {
        foreach (var (start, end) in StemWindows(text, _tokenPrefixes, 2, TokenWindowLength))
        {
            foreach (var match in PrefixedToken().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                var tokenStart = start + match.Index;
                var tokenEnd = tokenStart + match.Length;
                while (tokenEnd >= end && tokenEnd < text.Length && tokenEnd - tokenStart < MaxValueLength
                       && (char.IsAsciiLetterOrDigit(text[tokenEnd]) || text[tokenEnd] is '_' or '-'))
                {
                    tokenEnd++;
                }

                spans.Add(new SecretSpan(tokenStart, tokenEnd, Mask));
            }
        }
    }
}
