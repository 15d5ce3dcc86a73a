using System.Globalization;
using System.Text;
using RulesEngine.Core.Tests.Hostile;

namespace RulesEngine.Benchmarks;

/// <summary>The `--hostile` mode: each case of the hostile corpus at 1, 4 and 16 MB, diagnosed by the Release CLI as a
/// process (`--format json`): wall time, peak resident memory, exit code, and whether the planted secret came back.</summary>
public static class HostileBench
{
    private static readonly int[] Megabytes = [1, 4, 16];

    /// <summary>Prints the table; returns the exit code (2 when the Release CLI is not built, 1 when a secret leaked).</summary>
    public static int Run(TextWriter output)
    {
        if (TriageProcess.Find(output) is not { } triage)
        {
            return 2;
        }

        var only = Environment.GetEnvironmentVariable("TRIAGE_BENCH_ONLY");
        var folder = Directory.CreateTempSubdirectory("triage-hostile-");
        var leaked = false;
        try
        {
            output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; `triage diagnose --format json`, whole process");
            output.WriteLine();
            output.WriteLine("| case | " + string.Join(" | ", Megabytes.Select(m => $"{m} MB: wall, peak")) + " | exit | secret |");
            output.WriteLine("|---|" + string.Concat(Megabytes.Select(_ => "---|")) + "---|---|");
            foreach (var hostile in HostileCorpus.Cases.Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
            {
                var cells = new List<string>();
                var exits = new SortedSet<int>();
                var secret = "not echoed";
                foreach (var megabytes in Megabytes)
                {
                    var files = Write(folder.FullName, hostile, megabytes);
                    var run = TriageProcess.Run(triage, ["diagnose", "--format", "json", .. files]);
                    exits.Add(run.ExitCode);
                    if (run.Out.Contains(HostileCorpus.Secret, StringComparison.Ordinal) || run.Error.Contains(HostileCorpus.Secret, StringComparison.Ordinal))
                    {
                        secret = "**ECHOED**";
                        leaked = true;
                    }

                    cells.Add(string.Create(CultureInfo.InvariantCulture, $"{run.Wall.TotalSeconds:F2} s, {run.PeakBytes / 1048576.0:F0} MB"));
                    files.ForEach(File.Delete);
                }

                output.WriteLine($"| {hostile.Name}: {hostile.Description} | {string.Join(" | ", cells)} | {string.Join(", ", exits)} | {secret} |");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return leaked ? 1 : 0;
    }

    private static List<string> Write(string folder, HostileCase hostile, int megabytes)
    {
        var paths = new List<string>();
        foreach (var input in hostile.Make(megabytes * 1024 * 1024))
        {
            var path = Path.Combine(folder, input.Name);
            File.WriteAllText(path, input.Content, new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }
}
