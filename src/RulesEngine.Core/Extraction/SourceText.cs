using RulesEngine.Core.Extraction.Logs.Json;
using RulesEngine.Core.Extraction.Redaction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>One input's text with its line index and its secrets, shared by the extractors; for an input holding JSON log
/// events, the readable view of it (<see cref="JsonLogReader"/>); for a forwarded mail thread, the view without quote
/// prefixes and with wrapped lines rejoined (<see cref="Mail.MailThreadReader"/>). A view's evidence points into the input.</summary>
/// <remarks>Offsets are 0-based UTF-16 positions in <see cref="Content"/>; lines end at LF (a CR before it is not content).</remarks>
internal sealed class SourceText
{
    // Evidence excerpts are at most this many characters.
    public const int MaxExcerptLength = 200;

    // Characters of context kept before the match when a line is longer than an excerpt.
    private const int ExcerptLead = 40;

    private readonly List<int> _lineStarts;
    private readonly Lazy<SecretMap> _secrets;

    // For a view: the input it was made from, and where each view offset came from.
    private readonly SourceText? _original;
    private readonly OffsetMap? _map;

    // For a mail view: whether each of its lines is quoted history; null for any other text.
    private readonly bool[]? _quotedLines;

    /// <summary>Indexes the lines of <paramref name="content"/>.</summary>
    public SourceText(string name, string content)
    {
        Name = name;
        Content = content;
        // Found once, by whichever thread first needs an excerpt; the others wait for that one pass.
        _secrets = new Lazy<SecretMap>(() => SecretRedactor.Find(content), LazyThreadSafetyMode.ExecutionAndPublication);
        _lineStarts = [0];
        for (var index = content.IndexOf('\n'); index >= 0; index = content.IndexOf('\n', index + 1))
        {
            _lineStarts.Add(index + 1);
        }
    }

    /// <summary>The view <paramref name="view"/> of <paramref name="original"/>, holding <paramref name="events"/>; its
    /// evidence has the line and column in <paramref name="original"/> that <paramref name="map"/> gives, and an excerpt of the
    /// view (the decoded message, redacted).</summary>
    public SourceText(SourceText original, string view, OffsetMap map, IReadOnlyList<JsonLogEvent> events)
        : this(original.Name, view)
    {
        _original = original;
        _map = map;
        JsonEvents = events;
    }

    // The mail view: quote prefixes removed and wrapped lines rejoined (Mail.MailThreadReader).
    private SourceText(SourceText original, string view, OffsetMap map, bool[] quotedLines)
        : this(original.Name, view)
    {
        _original = original;
        _map = map;
        _quotedLines = quotedLines;
    }

    /// <summary>The JSON log events of a view, in view order; empty for plain text.</summary>
    public IReadOnlyList<JsonLogEvent> JsonEvents { get; } = [];

    /// <summary>The input's name, as evidence prints it.</summary>
    public string Name { get; }

    /// <summary>The input's text.</summary>
    public string Content { get; }

    /// <summary>The number of lines (a trailing LF starts one last, empty line).</summary>
    public int LineCount => _lineStarts.Count;

    private SecretMap Secrets => _secrets.Value;

    /// <summary>The mail view <paramref name="view"/> of <paramref name="original"/>: its evidence has the line and column in
    /// <paramref name="original"/> that <paramref name="map"/> gives, and <paramref name="quotedLines"/> tells, for each line of
    /// the view, whether it is quoted history.</summary>
    public static SourceText MailView(SourceText original, string view, OffsetMap map, bool[] quotedLines) =>
        new(original, view, map, quotedLines);

    /// <summary>True when the 0-based offset <paramref name="viewOffset"/> of this text is in quoted mail history (always false
    /// for text that is not a mail view).</summary>
    public bool IsQuoted(int viewOffset) =>
        _quotedLines is { } quoted && LineOf(Math.Clamp(viewOffset, 0, Content.Length)) is var line && line < quoted.Length && quoted[line];

    /// <summary>The offset of the first character of the 0-based line <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset just past the content of the 0-based line <paramref name="line"/> (before its CR LF or LF).</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : Content.Length;
        return end > _lineStarts[line] && Content[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, secrets redacted.</summary>
    public string Redact(int start, int end) => Secrets.Redact(Content, start, end);

    /// <summary>Evidence at <paramref name="offset"/>: 1-based line and column, and the redacted line around it.</summary>
    public Evidence EvidenceAt(int offset)
    {
        var line = LineOf(offset);
        if (_original is not null)
        {
            var at = _map!.OriginalOf(offset);
            var originalLine = _original.LineOf(at);
            return new Evidence(Name, originalLine + 1, at - _original.LineStart(originalLine) + 1, () => Excerpt(line, offset))
            {
                Quoted = _quotedLines is not null && line < _quotedLines.Length && _quotedLines[line],
            };
        }

        return new Evidence(Name, line + 1, offset - _lineStarts[line] + 1, () => Excerpt(line, offset));
    }

    private string Excerpt(int line, int offset)
    {
        var lineStart = _lineStarts[line];
        var lineEnd = Math.Max(LineEnd(line), offset);
        var start = lineEnd - lineStart <= MaxExcerptLength ? lineStart : Math.Max(lineStart, offset - ExcerptLead);
        if (start > lineStart && Content.IndexOf(' ', start, offset - start) is >= 0 and var space)
        {
            start = space + 1; // begin a cut excerpt at a word, not inside one
        }

        var end = Math.Min(lineEnd, start + MaxExcerptLength);
        var excerpt = Redact(start, end).Trim();
        if (excerpt.Length > MaxExcerptLength)
        {
            excerpt = excerpt[..MaxExcerptLength];
        }

        // Mark cuts so a reader knows the line goes on.
        return (start > lineStart ? "…" : "") + excerpt + (end < lineEnd ? "…" : "");
    }
}
