namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Shape of a certificate's text in its input.</summary>
internal static class CertificateText
{
    /// <summary>True when <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] has no line break, real or an
    /// escaped <c>\n</c> / <c>\r</c>, except at its end: the single line a service key needs.</summary>
    public static bool IsSingleLine(string text, int start, int end)
    {
        var value = text.AsSpan(start, end - start).Trim();
        while (value.EndsWith(@"\n", StringComparison.Ordinal) || value.EndsWith(@"\r", StringComparison.Ordinal))
        {
            value = value[..^2].TrimEnd();
        }

        return value.IndexOfAny('\r', '\n') < 0
            && !value.Contains(@"\n", StringComparison.Ordinal)
            && !value.Contains(@"\r", StringComparison.Ordinal);
    }
}
