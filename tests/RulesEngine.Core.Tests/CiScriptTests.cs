using System.Diagnostics;

namespace RulesEngine.Core.Tests;

/// <summary>CI never runs with a switch that makes tests rewrite their expectations: it refuses before building.</summary>
public sealed class CiScriptTests
{
    [Theory]
    [InlineData("UPDATE_GOLDEN")]
    [InlineData("UPDATE_SCHEMAS")]
    public async Task CiRun_WithAnUpdateSwitch_RefusesWithAFailedLine(string variable)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Support.RepositoryPaths.Root, ".ci", "run")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[variable] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Equal("0 passed, 1 failed", (await output).Trim());
        Assert.Contains($"ci: {variable} is set", await error, StringComparison.Ordinal);
    }
}
