using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Server.Tests.Support;

/// <summary>A temporary knowledge base holding only the seed case (its rule file, the shared signals it refers to,
/// its article and the package catalog; not the families, which name every cause's article): quick to load and reload, and untouched by edits to other rules.</summary>
internal sealed class SeedKnowledgeBase : IDisposable
{
    public const string RuleFile = "cpi-inbound/wfs-client-certificate.yaml";

    private readonly TempFolder _folder = new();

    public SeedKnowledgeBase()
    {
        Copy(Path.Combine(RepositoryPaths.Rules, RuleFile), Path.Combine(Rules, RuleFile));
        // The families name the articles of every cause, which this knowledge base does not hold.
        foreach (var shared in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Rules, "shared"), "*.yaml")
            .Where(f => !Path.GetFileName(f).StartsWith("families", StringComparison.Ordinal)))
        {
            Copy(shared, Path.Combine(Rules, "shared", Path.GetFileName(shared)));
        }

        Copy(Path.Combine(RepositoryPaths.Kb, "articles", "3474524.md"), Path.Combine(Kb, "articles", "3474524.md"));
        Copy(Path.Combine(RepositoryPaths.Kb, "packages.yaml"), Path.Combine(Kb, "packages.yaml"));
    }

    public string Rules => Path.Combine(_folder.Root, "rules");

    public string Kb => Path.Combine(_folder.Root, "kb");

    public string RulePath => Path.Combine(Rules, RuleFile);

    /// <summary>Replaces the rule file as an editor that saves atomically does: write a temporary file, rename it over.</summary>
    public void ReplaceRuleFile(string text)
    {
        var temporary = RulePath + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, RulePath, overwrite: true);
    }

    public void Dispose() => _folder.Dispose();

    private static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
    }
}
