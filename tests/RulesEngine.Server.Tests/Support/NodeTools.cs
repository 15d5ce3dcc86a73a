using System.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Server.Tests.Support;

/// <summary>The pinned npm tools of <c>tests/RulesEngine.Server.Tests/Node</c> (redocly, openapi-typescript, tsc, the MCP
/// TypeScript SDK), installed from the lock file by <c>npm ci</c> there: by .ci/run, else by the first test that needs
/// them when Node.js is on the PATH. A check that cannot run never passes: in CI (<c>TRIAGE_REQUIRE_NODE_TOOLS=1</c>)
/// missing tools fail the test; on a machine without Node.js the test is reported skipped, saying why.</summary>
internal static class NodeTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string?> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "RulesEngine.Server.Tests", "Node");

    /// <summary>Runs <c>node_modules/.bin/<paramref name="tool"/></c> (or <c>node</c> itself) in <see cref="Folder"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        var problem = Installed.Value;
        var path = tool == "node" ? FindOnPath("node") : Path.Combine(Folder, "node_modules", ".bin", tool);
        if (problem is not null || path is null || !File.Exists(path))
        {
            var why = $"{tool} is not installed ({problem ?? "not found"}): install Node.js and run `npm ci` in {Folder} (.ci/run does)";
            Skip.If(Environment.GetEnvironmentVariable("TRIAGE_REQUIRE_NODE_TOOLS") != "1" && FindOnPath("node") is null, why);
            Assert.Fail(why);
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

    // npm ci from the lock file once per test run, when the tools are missing and npm is there; null when they are ready.
    private static string? Install()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", ".bin")))
        {
            return null;
        }

        if (FindOnPath("npm") is not { } npm)
        {
            return "npm is not on the PATH";
        }

        using var process = Process.Start(new ProcessStartInfo(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"]) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        return process.WaitForExit(TimeSpan.FromMinutes(5)) && process.ExitCode == 0 ? null : $"npm ci failed: {error.Result.Trim()}";
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
