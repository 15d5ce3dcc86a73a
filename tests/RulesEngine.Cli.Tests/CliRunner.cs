using System.Text;
using RulesEngine.Cli;

namespace RulesEngine.Cli.Tests;

/// <summary>Runs <c>triage</c> in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(string[] args, string standardInput = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)));
        var exit = TriageCli.Run(args, console);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="standardInput"/> as the standard input stream (e.g. one that never ends).</summary>
    public static (int Exit, string Out, string Error) RunWithInput(string[] args, Stream standardInput)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TriageCli.Run(args, new CliConsole(output, error, () => standardInput));
        return (exit, output.ToString(), error.ToString());
    }

    public static string Sample(string name) => Path.Combine(Core.Tests.Support.RepositoryPaths.Samples, "seed", name);
}
