namespace RulesEngine.Cli;

/// <summary>An input file could not be read; maps to exit code 4.</summary>
internal sealed class InputUnreadableException(string message) : Exception(message);
