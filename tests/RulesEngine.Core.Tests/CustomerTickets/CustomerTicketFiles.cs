using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Testing;
using RulesEngine.Core.Tests.Seed;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.CustomerTickets;

/// <summary>The customer-ticket corpus: <c>tests/customer-tickets/&lt;class&gt;/*.tests.yaml</c>, tickets written the way
/// customers write them, one folder per class of wording, each case with the facts and findings expected; and the
/// secrets planted in them (<c>tests/customer-tickets/secrets.txt</c>).</summary>
internal static class CustomerTicketFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "customer-tickets");

    private static readonly Lazy<(IReadOnlyList<RuleTestFile> Files, IReadOnlyList<Diagnostic> Problems)> Loaded = new(() =>
    {
        var bag = new DiagnosticBag();
        var files = RuleTestFiles.Load([Folder], bag, RepositoryPaths.Rules);
        return (files, bag.Items);
    });

    private static readonly Lazy<RuleTestReport> Report = new(() => RuleTestRunner.Run(SeedKnowledgeBase.Instance, Files));

    public static IReadOnlyList<RuleTestFile> Files => Loaded.Value.Files;

    /// <summary>What the reader found wrong in the corpus files (an empty list when they are well written).</summary>
    public static IReadOnlyList<Diagnostic> Problems => Loaded.Value.Problems;

    /// <summary>Each case as (class folder, file name, case name).</summary>
    public static TheoryData<string, string, string> CaseData
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var file in Files)
            {
                foreach (var testCase in file.Cases)
                {
                    data.Add(ClassOf(file), Path.GetFileName(file.Path), testCase.Name);
                }
            }

            return data;
        }
    }

    /// <summary>The class folder a file is in.</summary>
    public static string ClassOf(RuleTestFile file) => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file.Path)))!;

    /// <summary>The result of one case, run once with all others against the shipped knowledge base.</summary>
    public static RuleTestResult Result(string folder, string file, string name) =>
        Report.Value.Results.Single(r => ClassOf(r.File) == folder && Path.GetFileName(r.File.Path) == file && r.Case.Name == name);

    /// <summary>The planted secrets, one a line (lines starting with # are comments).</summary>
    public static IReadOnlyList<string> PlantedSecrets() =>
        [.. File.ReadAllLines(Path.Combine(Folder, "secrets.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
