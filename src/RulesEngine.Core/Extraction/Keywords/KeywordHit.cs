namespace RulesEngine.Core.Extraction.Keywords;

/// <summary>One occurrence of a keyword: which keyword (its index in the list the index was built from) and where.</summary>
/// <param name="Keyword">The keyword's index.</param>
/// <param name="Offset">0-based offset of its first character in the text.</param>
/// <param name="Length">Its length in characters.</param>
internal readonly record struct KeywordHit(int Keyword, int Offset, int Length)
{
    /// <summary>The offset just past the keyword.</summary>
    public int End => Offset + Length;
}
