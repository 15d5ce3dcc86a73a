namespace RulesEngine.Core.Extraction.Keywords;

/// <summary>A range of an input that a regex may look at: 0-based offsets, <see cref="End"/> exclusive.</summary>
internal readonly record struct TextWindow(int Start, int End)
{
    /// <summary>The window's length in characters.</summary>
    public int Length => End - Start;
}
