using RulesEngine.Core.Catalog;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Knowledge;

public sealed class PackageCatalogReaderTests
{
    private const string Path = "kb/packages.yaml";

    private const string Valid = """
        packages:
          - id: sf-ec-to-wfs
            name: Packaged Integration - SF EC to WFS
            aliases: [SF EC to WFS]
            vendor: SAP
            alternatives: [WFStoSFECPayrollIntegration]
          - id: WFStoSFECPayrollIntegration
            name: SAP Time and Attendance Management by WorkForce Software integration with SAP SuccessFactors Employee Central Payroll
            vendor: WorkForce Software
            url: https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow
        """;

    [Fact]
    public void Read_ValidCatalog_ReadsEntriesAndAlternatives()
    {
        var (catalog, bag) = Read(Valid);

        Assert.Empty(bag.Items);
        Assert.NotNull(catalog);
        var entry = Assert.IsType<PackageEntry>(catalog.Find("SF-EC-TO-WFS"));
        Assert.Equal("Packaged Integration - SF EC to WFS", entry.Name);
        Assert.Equal(["SF EC to WFS"], entry.Aliases);
        Assert.Equal("SAP", entry.Vendor);
        Assert.Null(entry.Url);
        var alternative = Assert.Single(catalog.AlternativesOf(entry));
        Assert.Equal("https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow", alternative.Url);
    }

    [Theory]
    [InlineData("    vendor: SAP\n", "    vender: SAP\n", DiagnosticCode.UnknownKey, 5, 5)]
    [InlineData("    name: Packaged Integration - SF EC to WFS\n", "", DiagnosticCode.MissingKey, 2, 5)]
    [InlineData("alternatives: [WFStoSFECPayrollIntegration]", "alternatives: [WFStoSFECPayroll]", DiagnosticCode.UnknownCatalogReference, 6, 20)]
    [InlineData("alternatives: [WFStoSFECPayrollIntegration]", "alternatives: [sf-ec-to-wfs]", DiagnosticCode.InvalidCatalog, 6, 20)]
    [InlineData("alternatives: [WFStoSFECPayrollIntegration]", "alternatives: WFStoSFECPayrollIntegration", DiagnosticCode.InvalidCatalog, 6, 19)]
    [InlineData("  - id: WFStoSFECPayrollIntegration", "  - id: SF-EC-TO-WFS", DiagnosticCode.InvalidCatalog, 7, 9)]
    [InlineData("  - id: sf-ec-to-wfs", "  - id: sf ec to wfs", DiagnosticCode.InvalidCatalog, 2, 9)]
    [InlineData("url: https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow", "url: api.sap.com", DiagnosticCode.InvalidCatalog, 10, 10)]
    [InlineData("aliases: [SF EC to WFS]", "aliases: [SAP Time and Attendance Management by WorkForce Software integration with SAP SuccessFactors Employee Central Payroll]", DiagnosticCode.InvalidCatalog, 8, 11)]
    [InlineData("packages:", "package:", DiagnosticCode.UnknownKey, 1, 1)]
    public void Read_InvalidEntry_ReportsAtNode(string text, string replacement, DiagnosticCode code, int line, int column)
    {
        var (_, bag) = Read(Valid.Replace(text, replacement, StringComparison.Ordinal));

        var diagnostic = bag.Items.First(d => d.IsError);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Read_UnknownAlternative_SuggestsClosestId()
    {
        var (_, bag) = Read(Valid.Replace("[WFStoSFECPayrollIntegration]", "[WFStoSFECPayrolIntegration]", StringComparison.Ordinal));

        var diagnostic = DiagnosticAssert.Single(bag.Items, DiagnosticCode.UnknownCatalogReference, 6, 20);
        Assert.Contains("'WFStoSFECPayrollIntegration'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortAlias_Warns()
    {
        var (catalog, bag) = Read(Valid.Replace("[SF EC to WFS]", "[SF EC to WFS, WFS]", StringComparison.Ordinal));

        var warning = Assert.Single(bag.Items);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCode.InvalidCatalog, 4, 29), (warning.Severity, warning.Code, warning.Span.Line, warning.Span.Column));
        Assert.NotNull(catalog);
    }

    [Theory]
    [InlineData("packages: none")]
    [InlineData("- id: x")]
    [InlineData("packages: [")]
    public void Read_NotACatalog_ReturnsNull(string text)
    {
        var (catalog, bag) = Read(text);

        Assert.Null(catalog);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Read_EntryWithoutName_IsLeftOutAndOthersKept()
    {
        var (catalog, bag) = Read(Valid.Replace("    name: Packaged Integration - SF EC to WFS\n", "", StringComparison.Ordinal));

        Assert.True(bag.HasErrors);
        Assert.Equal(["WFStoSFECPayrollIntegration"], catalog!.Entries.Select(e => e.Id));
    }

    private static (PackageCatalog? Catalog, DiagnosticBag Bag) Read(string text)
    {
        var bag = new DiagnosticBag();
        return (PackageCatalogReader.Read(Path, text, bag), bag);
    }
}
