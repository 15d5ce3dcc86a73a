using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Knowledge;

/// <summary>Checks the shipped <c>kb/</c> folder: articles and <c>packages.yaml</c>.</summary>
public sealed class ShippedKnowledgeTests
{
    private static readonly string[] PartnerIds =
    [
        "SAPSuccessFactorsEmployeeCentralIntegrationwithWorkForceSoftwareSuite",
        "WFStoSFECPayrollIntegration",
        "SAPSuccessFactorsEmployeeCentraltoWorkForceSoftwareSuiteIntegrationExtension",
    ];

    [Fact]
    public void Read_ShippedFolder_HasNoDiagnostics()
    {
        var bag = new DiagnosticBag();

        var folder = KnowledgeFolderReader.Read(Path.GetDirectoryName(CatalogPath())!, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(6, folder.Catalog.Entries.Count);
        Assert.Contains("3474524", folder.Articles.Keys);
    }

    [Theory]
    [InlineData("sf-ec-to-wfs", "Packaged Integration - SF EC to WFS")]
    [InlineData("sf-ec-to-wfs-custom-mapping", "Packaged Integration SF EC to WFS - Custom Mapping")]
    [InlineData("wfs-to-sf-ec-payroll", "Packaged Integration - WFS to SF EC Payroll")]
    public void Read_ShippedCatalog_AffectedPackagesPointToPartnerPackages(string id, string name)
    {
        var catalog = PackageCatalogReader.Read("kb/packages.yaml", File.ReadAllText(CatalogPath()), new DiagnosticBag())!;

        var entry = catalog.Find(id)!;

        Assert.Equal(name, entry.Name);
        var alternatives = catalog.AlternativesOf(entry);
        Assert.Equal(PartnerIds.Order(StringComparer.Ordinal), alternatives.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.All(alternatives, a => Assert.Equal($"https://api.sap.com/package/{a.Id}/integrationflow", a.Url));
    }

    private static string CatalogPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "kb", "packages.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("kb/packages.yaml not found above the test output folder");
    }
}
