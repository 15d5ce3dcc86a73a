namespace RulesEngine.Cli;

/// <summary>The streams a command uses, so tests can run commands in-process.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error, Console.OpenStandardInput);
}
