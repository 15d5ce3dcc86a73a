namespace RulesEngine.Core.Facts;

/// <summary>Where a fact was read: the input's name, the 1-based line and column of the match, and a short redacted excerpt.</summary>
public sealed record Evidence(string Input, int Line, int Column, string Text);
