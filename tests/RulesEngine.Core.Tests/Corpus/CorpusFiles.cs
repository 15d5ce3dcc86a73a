using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Corpus;

/// <summary>The extraction corpus: realistic inputs in <c>Corpus/inputs</c>, each with its expected facts in
/// <c>Corpus/expected/&lt;name&gt;.facts.txt</c>, and the secrets planted in them (<c>Corpus/secrets.txt</c>).</summary>
internal static class CorpusFiles
{
    /// <summary>The corpus folder in the source tree (golden files are rewritten there).</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "RulesEngine.Core.Tests", "Corpus");

    /// <summary>The time every corpus input is judged at.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 28, 10, 30, 0, TimeSpan.Zero);

    /// <summary>True when the environment asks to rewrite the golden files (<c>UPDATE_GOLDEN=1</c>).</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>The input file names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "inputs")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The input names as xunit theory data.</summary>
    public static TheoryData<string> NameData => [.. Names];

    /// <summary>One input as a ticket input named after its file (BOM-aware decoding).</summary>
    public static TicketInput Input(string name) => new(name, File.ReadAllText(Path.Combine(Folder, "inputs", name)));

    /// <summary>The path of the golden file of an input.</summary>
    public static string ExpectedPath(string name) => Path.Combine(Folder, "expected", name + ".facts.txt");

    /// <summary>The planted secrets: the lines of <c>secrets.txt</c>, and the base64 lines of every private key block in the inputs.</summary>
    public static IReadOnlyList<string> PlantedSecrets()
    {
        var listed = File.ReadAllLines(Path.Combine(Folder, "secrets.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'));
        var keyLines = Names.SelectMany(n => PrivateKeyLines(Input(n).Content));
        return [.. listed.Concat(keyLines).Distinct(StringComparer.Ordinal)];
    }

    // Base64 lines (real or \n-escaped) between a PRIVATE KEY BEGIN and END line; short last lines are left out as too common.
    private static IEnumerable<string> PrivateKeyLines(string text)
    {
        var inKey = false;
        foreach (var line in text.Replace("\\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                inKey = line.Contains("BEGIN", StringComparison.Ordinal) && !line.Contains("-----END", StringComparison.Ordinal);
                continue;
            }

            var trimmed = line.Trim().Trim('"');
            if (inKey && trimmed.Length >= 24 && !trimmed.Contains(':', StringComparison.Ordinal))
            {
                yield return trimmed;
            }
        }
    }
}
