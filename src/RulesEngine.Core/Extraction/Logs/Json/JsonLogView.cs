using System.Text;

namespace RulesEngine.Core.Extraction.Logs.Json;

/// <summary>Builds the readable view of an input that holds JSON log events: the input's text with each event replaced
/// by its decoded message, and the map from view offsets back to the input. Mutable; used by one reader.</summary>
internal sealed class JsonLogView(string original)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _viewStarts = [];
    private readonly List<int> _originalStarts = [];
    private readonly List<bool> _copied = [];
    private readonly List<JsonLogEvent> _events = [];

    /// <summary>The input the view is made from.</summary>
    public string Original { get; } = original;

    /// <summary>The view's length so far.</summary>
    public int Length => _text.Length;

    /// <summary>The events added so far.</summary>
    public IReadOnlyList<JsonLogEvent> Events => _events;

    /// <summary>Appends the input's characters from <paramref name="start"/> to <paramref name="end"/> as they are.</summary>
    public void Copy(int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        // A run that continues the last copied one extends its segment.
        var last = _viewStarts.Count - 1;
        if (last < 0 || !_copied[last] || _originalStarts[last] + (_text.Length - _viewStarts[last]) != start)
        {
            Segment(start, copied: true);
        }

        _text.Append(Original, start, end - start);
    }

    /// <summary>Appends one character that stands for the input's text at <paramref name="originalOffset"/> (a decoded escape, an inserted break).</summary>
    public void Append(char c, int originalOffset)
    {
        Segment(originalOffset, copied: false);
        _text.Append(c);
    }

    /// <summary>Starts a new line (a blank line before it) unless the view already ends with a blank line or is empty,
    /// so an event's text never continues the line or the log record before it.</summary>
    public void BreakParagraph(int originalOffset)
    {
        for (var breaks = TrailingBreaks(); breaks < 2 && _text.Length > 0; breaks++)
        {
            Append('\n', originalOffset);
        }
    }

    /// <summary>Records an event whose text was appended from <paramref name="start"/> to the current end.</summary>
    public void AddEvent(int start, DateTimeOffset? time, string? level, string? logger, string? thread) =>
        _events.Add(new JsonLogEvent(start, _text.Length, time, level, logger, thread));

    /// <summary>The finished view.</summary>
    public (string Text, OffsetMap Map) Build() => (_text.ToString(), new OffsetMap([.. _viewStarts], [.. _originalStarts], [.. _copied]));

    private void Segment(int originalStart, bool copied)
    {
        _viewStarts.Add(_text.Length);
        _originalStarts.Add(originalStart);
        _copied.Add(copied);
    }

    private int TrailingBreaks()
    {
        var count = 0;
        for (var i = _text.Length - 1; i >= 0 && count < 2 && _text[i] is '\n' or '\r'; i--)
        {
            count += _text[i] == '\n' ? 1 : 0;
        }

        return count;
    }
}
