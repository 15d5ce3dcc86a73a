using System.Text.Json;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests;

/// <summary>Roslyn-free means no compiler-as-a-service and no string-to-code evaluator anywhere in the product's graph.</summary>
public sealed class DependencyGraphTests
{
    private static readonly string[] Forbidden = ["Microsoft.CodeAnalysis", "System.Linq.Dynamic"];

    [Theory]
    [InlineData("src/RulesEngine.Core")]
    [InlineData("src/RulesEngine.Cli")]
    public void Restore_ProductProjects_HaveNoRoslynOrDynamicLinqPackage(string project)
    {
        var assets = Path.Combine(RepositoryPaths.Root, project, "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));

        var libraries = document.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Contains(libraries, l => l.StartsWith("NRules/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => Forbidden.Any(f => l.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Diagnose_LoadedAssemblies_IncludeNoRoslynOrDynamicLinq()
    {
        Seed.SeedKnowledgeBase.Diagnose(Seed.SeedTickets.Ticket());

        var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").ToList();

        Assert.Contains("NRules", loaded);
        Assert.DoesNotContain(loaded, name => Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }
}
