using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Errors;

/// <summary>Finds Java exception class names (<c>javax.net.ssl.SSLHandshakeException</c>, <c>org.apache.cxf.interceptor.Fault</c>,
/// <c>InvalidClientException</c>), one fact per occurrence, with the message after <c>": "</c>.</summary>
/// <remarks>Each link of a chain (<c>…Fault: Could not send Message., cause: …HTTPException: …</c>) is its own fact, and a
/// message ends where the next link, a <c>", cause:"</c> or the line ends. Stack frames and file names are not mentions.</remarks>
internal sealed partial class ExceptionExtractor : ITextExtractor
{
    // Longest class name looked at, package included.
    private const int MaxNameLength = 256;

    private static readonly string[] _suffixes = ["Exception", "Error", "Fault"];

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords => _suffixes;

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var text = source.Content;
        var mentions = new List<(int Start, int End)>();
        foreach (var hit in input.Hits)
        {
            if (NameStart(text, hit.Offset, _suffixes[hit.Keyword]) is var start and >= 0
                && (mentions.Count == 0 || mentions[^1].End != hit.End))
            {
                mentions.Add((start, hit.End));
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var (start, end) = mentions[i];
            var next = i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length;
            var name = text[start..end];
            var mention = new ExceptionMention(name, name[(name.LastIndexOf('.') + 1)..], MessageAfter(source, end, next))
            {
                Evidence = source.EvidenceAt(start),
            };
            facts.Add(new LocatedFact(start, mention));
        }
    }

    // The start of the class name ending with the suffix at 'offset', or -1 when the text there is not an exception class.
    private static int NameStart(string text, int offset, string suffix)
    {
        var end = offset + suffix.Length;
        if (!text.AsSpan(offset, suffix.Length).SequenceEqual(suffix)
            || (end < text.Length && IsIdentifierChar(text[end]))
            || (end + 1 < text.Length && text[end] == '.' && (IsIdentifierChar(text[end + 1]) || text[end + 1] == '<')))
        {
            return -1; // not the end of a name, or a method or file name (FooException.<init>, FooException.java)
        }

        var start = offset;
        while (start > 0 && offset - start < MaxNameLength && (IsIdentifierChar(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        while (text[start] == '.')
        {
            start++;
        }

        if (start > 0 && text[start - 1] is '<' or '/')
        {
            return -1; // an XML element (<SFWebServiceFault>) or a path segment, not a class
        }

        return IsClassName(text.AsSpan(start, end - start), suffix) ? start : -1;
    }

    // A qualified name needs lower-case package segments; a bare one needs a prefix before its suffix (not "Error" alone)
    // and, unless it ends in "Exception", a lower-case letter (not "SOAPFAULT"-like shouting).
    private static bool IsClassName(ReadOnlySpan<char> name, string suffix)
    {
        var dot = name.LastIndexOf('.');
        var simple = name[(dot + 1)..];
        if (!char.IsAsciiLetterUpper(simple[0]))
        {
            return false;
        }

        if (dot < 0)
        {
            return simple.Length > suffix.Length
                && (suffix == "Exception" || simple[..^suffix.Length].ContainsAnyInRange('a', 'z'));
        }

        foreach (var range in name[..dot].Split('.'))
        {
            var segment = name[..dot][range];
            if (segment.IsEmpty || !(char.IsAsciiLetterLower(segment[0]) || segment[0] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
}
