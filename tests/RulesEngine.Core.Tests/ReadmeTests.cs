using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Operators;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests;

/// <summary>The README documents every diagnostic code, operator and fact kind the engine has.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    [Fact]
    public void Readme_ListsEveryDiagnosticCode()
    {
        var missing = Enum.GetValues<DiagnosticCode>().Select(DiagnosticCodes.Id).Where(id => !Readme.Contains("| " + id + " |", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Readme_ListsEveryOperatorAndFactKind()
    {
        var names = OperatorCatalog.All.Keys.Concat(FactCatalog.BuiltIn.Keys);

        var missing = names.Where(name => !Readme.Contains($"`{name}`", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }
}
