using System.Diagnostics;
using System.Globalization;

namespace RulesEngine.Benchmarks;

/// <summary>Runs the Release <c>triage</c> binary as a user does and measures it: wall time and the kernel's
/// high-water mark of its resident memory.</summary>
internal static class TriageProcess
{
    /// <summary>The Release CLI of this repository, or null with a message when it is not built.</summary>
    public static string? Find(TextWriter output)
    {
        var triage = Path.Combine(RepositoryRoot(), "src", "RulesEngine.Cli", "bin", "Release", "net10.0", "triage");
        if (File.Exists(triage))
        {
            return triage;
        }

        output.WriteLine($"build the CLI first: dotnet build -c Release src/RulesEngine.Cli (missing {triage})");
        return null;
    }

    /// <summary>The CLI published ReadyToRun (<c>dotnet publish src/RulesEngine.Cli -c Release -r linux-x64
    /// -p:PublishReadyToRun=true</c>, as a deployment would), or null when it has not been published.</summary>
    public static string? FindPublished()
    {
        var triage = Path.Combine(RepositoryRoot(), "src", "RulesEngine.Cli", "bin", "Release", "net10.0", "linux-x64", "publish", "triage");
        return File.Exists(triage) ? triage : null;
    }

    /// <summary>Runs <paramref name="triage"/> with <paramref name="arguments"/> to its end.</summary>
    public static (TimeSpan Wall, long PeakBytes, int ExitCode, string Out, string Error) Run(string triage, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(triage)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakResident(process.Id));
        }

        watch.Stop();
        return (watch.Elapsed, peak, process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A size in KB or MB, for tables.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB"),
    };

    /// <summary>The repository's root folder (the one holding RulesEngine.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RulesEngine.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from inside the repository");
    }

    // The kernel's high-water mark of the process's resident memory (VmHWM), read while it runs.
    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two reads.
        }

        return 0;
    }
}
