using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Finds PEM certificate blocks, with real line breaks, literal \n escapes, spaces, or all on one line.</summary>
internal static partial class PemBlocks
{
    // A certificate block whose END is further than this from its BEGIN is not read.
    private const int MaxBlockLength = 64 * 1024;

    [GeneratedRegex(@"-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Begin();

    [GeneratedRegex(@"-----END (?:X509 |TRUSTED )?CERTIFICATE-----", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex End();

    /// <summary>Every certificate block in <paramref name="text"/>, as candidates of <paramref name="origin"/>.</summary>
    public static List<CertificateCandidate> FindAll(string text, string origin)
    {
        var found = new List<CertificateCandidate>();
        var covered = 0;
        foreach (var begin in Begin().EnumerateMatches(text))
        {
            if (begin.Index < covered)
            {
                continue;
            }

            if (TryRead(text, begin.Index, origin) is { } block)
            {
                found.Add(block);
                covered = block.End;
            }
        }

        return found;
    }

    /// <summary>The block whose BEGIN line starts at <paramref name="start"/>, or null when it has no END.</summary>
    public static CertificateCandidate? TryRead(string text, int start, string origin)
    {
        var window = text.AsSpan(start, Math.Min(MaxBlockLength, text.Length - start));
        var end = End().EnumerateMatches(window);
        if (!end.MoveNext())
        {
            return null;
        }

        var block = window[..(end.Current.Index + end.Current.Length)];
        var singleLine = block.IndexOfAny('\r', '\n') < 0 && !block.Contains(@"\n", StringComparison.Ordinal);
        return new CertificateCandidate(start, start + block.Length, block.ToString(), origin, singleLine);
    }
}
