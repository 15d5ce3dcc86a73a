namespace RulesEngine.Core.Extraction.Mail;

/// <summary>One line of an input read as mail: where its text starts once its quote prefix is removed, and how deep it is quoted.</summary>
/// <param name="Start">0-based offset of the line's first character.</param>
/// <param name="ContentStart">0-based offset just past its quote prefix (<c>&gt; </c>, <c>&gt;&gt; </c>, <c>&gt; &gt; </c>).</param>
/// <param name="End">0-based offset just past its content (before its CR LF or LF).</param>
/// <param name="Depth">How many quote markers the prefix holds; 0 for a line of the newest message.</param>
internal readonly record struct MailLine(int Start, int ContentStart, int End, int Depth)
{
    /// <summary>The length of the text after the prefix.</summary>
    public int ContentLength => End - ContentStart;
}
