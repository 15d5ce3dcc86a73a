using System.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Server.Tests.Support;

/// <summary>The pinned npm tools of <c>tests/RulesEngine.Server.Tests/Node</c> (redocly, openapi-typescript, tsc, the MCP
/// TypeScript SDK), installed by <c>npm ci</c> there (.ci/run does it). A missing tool fails the test that needs it:
/// a check that cannot run must not pass.</summary>
internal static class NodeTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "RulesEngine.Server.Tests", "Node");

    /// <summary>Runs <c>node_modules/.bin/<paramref name="tool"/></c> (or <c>node</c> itself) in <see cref="Folder"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        var path = tool == "node" ? FindOnPath("node") : Path.Combine(Folder, "node_modules", ".bin", tool);
        if (path is null || !File.Exists(path))
        {
            Assert.Fail($"{tool} is not installed: run `npm ci` in {Folder} (.ci/run does), with Node.js {(tool == "node" ? "installed" : "on the PATH")}");
        }

        var start = new ProcessStartInfo(path!) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or update check: the tools run offline.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
