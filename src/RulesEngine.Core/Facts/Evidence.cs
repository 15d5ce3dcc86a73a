namespace RulesEngine.Core.Facts;

/// <summary>Where a fact was read: the input's name, the 1-based line and column of the match, and a short redacted excerpt.</summary>
/// <remarks>Two evidences at the same input, line and column are the same place and compare equal. Extraction makes the
/// excerpt only for the facts that are kept (a repeated record's first and last occurrence), not for every repeat.</remarks>
public sealed record Evidence
{
    private readonly Func<string>? _excerpt;
    private string? _text;

    /// <summary>Evidence with its excerpt.</summary>
    public Evidence(string input, int line, int column, string text)
    {
        Input = input;
        Line = line;
        Column = column;
        _text = text;
    }

    /// <summary>Evidence whose excerpt is made when it is first read.</summary>
    internal Evidence(string input, int line, int column, Func<string> excerpt)
    {
        Input = input;
        Line = line;
        Column = column;
        _excerpt = excerpt;
    }

    /// <summary>The input's name.</summary>
    public string Input { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, in UTF-16 characters.</summary>
    public int Column { get; }

    /// <summary>True when the place is in quoted mail history (a <c>&gt; </c> line, or below a reply header); not part of equality.</summary>
    internal bool Quoted { get; init; }

    /// <summary>The redacted excerpt of the line.</summary>
    // Two threads may make it at once: both make the same text.
    public string Text => _text ??= _excerpt!();

    /// <summary>This evidence with its excerpt made, holding nothing of its input.</summary>
    internal Evidence Materialized() => _excerpt is null ? this : new Evidence(Input, Line, Column, Text) { Quoted = Quoted };

    /// <inheritdoc/>
    public bool Equals(Evidence? other) =>
        ReferenceEquals(this, other) || (other is not null && Line == other.Line && Column == other.Column && string.Equals(Input, other.Input, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Input, Line, Column);
}
