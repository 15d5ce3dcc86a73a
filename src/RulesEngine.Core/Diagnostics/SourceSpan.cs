namespace RulesEngine.Core.Diagnostics;

/// <summary>A region of a source file. Lines and columns are 1-based, as YamlDotNet reports them.</summary>
public sealed record SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span that covers a whole file (used when no finer position is known).</summary>
    public static SourceSpan File(string path) => new(path, 1, 1, 1, 1);

    /// <summary>A single point.</summary>
    public static SourceSpan At(string path, int line, int column) => new(path, line, column, line, column);
}
