using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Packages;

public sealed class PackageMentionExtractorTests
{
    [Theory]
    [InlineData("We use Packaged Integration - SF EC to WFS since May.")]
    [InlineData("we use packaged integration - sf ec to wfs since may")]
    [InlineData("We use Packaged Integration \u2013 SF EC to WFS since May.")]
    [InlineData("We use Packaged Integration \u2014 SF EC to WFS since May.")]
    [InlineData("We use Packaged Integration-SF EC to WFS since May.")]
    [InlineData("We use Packaged  Integration -\n  SF EC\tto WFS since May.")]
    [InlineData("We use \"Packaged Integration - SF EC to WFS\" since May.")]
    [InlineData("We use \u201cPackaged Integration - SF EC to WFS\u201d since May.")]
    public void Extract_NameWrittenTolerantly_GivesCatalogEntry(string text)
    {
        var mention = Assert.Single(Extract.Facts<PackageMention>(text));

        Assert.Equal("sf-ec-to-wfs", mention.Id);
        Assert.Equal("Packaged Integration - SF EC to WFS", mention.Name);
        Assert.StartsWith("Packaged", mention.Text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("WFS", mention.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text.IndexOf(mention.Text, StringComparison.Ordinal) + 1, mention.Evidence.Column);
    }

    [Fact]
    public void Extract_LongerNameContainsAlias_GivesOnlyLongerName()
    {
        var mention = Assert.Single(Extract.Facts<PackageMention>("Error in Packaged Integration SF EC to WFS - Custom Mapping."));

        Assert.Equal("sf-ec-to-wfs-custom", mention.Id);
        Assert.Equal("Packaged Integration SF EC to WFS - Custom Mapping", mention.Text);
    }

    [Fact]
    public void Extract_AliasAlone_GivesItsEntry()
    {
        var mention = Assert.Single(Extract.Facts<PackageMention>("Keywords: SF EC to WFS, WFS, workforce"));

        Assert.Equal("sf-ec-to-wfs", mention.Id);
        Assert.Equal("SF EC to WFS", mention.Text);
    }

    [Fact]
    public void Extract_SeveralPackages_GivesEachInTextOrder()
    {
        const string text = "Packaged Integration - SF EC to WFS\nPackaged Integration SF EC to WFS - Custom Mapping\n"
            + "401: Unauthorized. error in Packaged Integration - WFS to SF EC Payroll";

        var mentions = Extract.Facts<PackageMention>(text);

        Assert.Equal(["sf-ec-to-wfs", "sf-ec-to-wfs-custom", "wfs-to-sf-ec-payroll"], mentions.Select(m => m.Id));
        Assert.Equal([1, 2, 3], mentions.Select(m => m.Evidence.Line));
        Assert.Equal(29, mentions[2].Evidence.Column);
    }

    [Theory]
    [InlineData("XSF EC to WFS")]
    [InlineData("SF EC to WFSX")]
    [InlineData("SF EC toWFS")]
    [InlineData("Packaged Integration SF EC")]
    public void Extract_PartialOrRunTogetherName_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<PackageMention>(text));
    }

    [Fact]
    public void Extract_EmptyCatalog_GivesNoMentions()
    {
        var facts = new FactExtractor(PackageCatalog.Empty)
            .Extract([new TicketInput("ticket.txt", "Packaged Integration - SF EC to WFS")]);

        Assert.Empty(facts.OfType<PackageMention>());
    }

    private static readonly PackageCatalog _hubCatalog = new(
    [
        new PackageEntry("sf-ec-to-wfs", "Packaged Integration - SF EC to WFS", ["SF EC to WFS"], "SAP", null, ["WFStoSFECPayrollIntegration"]),
        new PackageEntry(
            "WFStoSFECPayrollIntegration",
            "SAP Time and Attendance Management by WorkForce Software integration with SAP SuccessFactors Employee Central Payroll",
            [],
            "WorkForce Software",
            "https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow",
            []),
    ]);

    [Theory]
    [InlineData("see https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow for details", "https://api.sap.com/package/WFStoSFECPayrollIntegration/integrationflow")]
    [InlineData("see https://api.sap.com/package/WFStoSFECPayrollIntegration.", "https://api.sap.com/package/WFStoSFECPayrollIntegration")]
    [InlineData("see <http://www.api.sap.com/package/WFStoSFECPayrollIntegration/overview>", "http://www.api.sap.com/package/WFStoSFECPayrollIntegration/overview")]
    [InlineData("see api.sap.com/package/wfstosfecpayrollintegration/integrationflow?section=Artifacts.", "api.sap.com/package/wfstosfecpayrollintegration/integrationflow?section=Artifacts")]
    [InlineData("we installed WFStoSFECPayrollIntegration last week", "WFStoSFECPayrollIntegration")]
    [InlineData("package id: \"WFStoSFECPayrollIntegration\"", "WFStoSFECPayrollIntegration")]
    public void Extract_HubUrlOrId_GivesCatalogEntry(string text, string typed)
    {
        var mention = Assert.Single(Mentions(_hubCatalog, text));

        Assert.Equal("WFStoSFECPayrollIntegration", mention.Id);
        Assert.StartsWith("SAP Time and Attendance", mention.Name, StringComparison.Ordinal);
        Assert.Equal(typed, mention.Text);
        Assert.Equal(text.IndexOf(typed, StringComparison.Ordinal) + 1, mention.Evidence.Column);
    }

    [Theory]
    [InlineData("https://api.sap.com/package/SomeOtherPackage/integrationflow")]
    [InlineData("MyWFStoSFECPayrollIntegrationCopy")]
    [InlineData("WFStoSFECPayrollIntegration_v2")]
    public void Extract_UnknownHubIdOrIdInsideWord_GivesNothing(string text)
    {
        Assert.Empty(Mentions(_hubCatalog, text));
    }

    [Fact]
    public void Extract_FullHubName_GivesEntry()
    {
        const string text = "The long-term fix is SAP Time and Attendance Management by WorkForce Software integration with\n"
            + "SAP SuccessFactors Employee Central Payroll.";

        var mention = Assert.Single(Mentions(_hubCatalog, text));

        Assert.Equal("WFStoSFECPayrollIntegration", mention.Id);
    }

    [Fact]
    public void Extract_NameWithManySpacesBetweenWords_IsFound()
    {
        var mention = Assert.Single(Mentions(_hubCatalog, "Packaged   Integration  \u2013  SF   EC   to   WFS"));

        Assert.Equal("sf-ec-to-wfs", mention.Id);
    }

    [Fact]
    public void Keywords_Catalog_HoldOneDistinctiveWordPerNameThePathAndEveryId()
    {
        var extractor = new RulesEngine.Core.Extraction.Packages.PackageMentionExtractor(_hubCatalog);

        Assert.Contains("api.sap.com/package/", extractor.Keywords);
        Assert.Contains("WFStoSFECPayrollIntegration", extractor.Keywords);
        Assert.Contains("sf-ec-to-wfs", extractor.Keywords);
        Assert.DoesNotContain("to", extractor.Keywords);
        Assert.DoesNotContain("SF", extractor.Keywords);
    }

    private static List<PackageMention> Mentions(PackageCatalog catalog, string text) =>
        [.. new FactExtractor(catalog).Extract([new TicketInput("ticket.txt", text)]).OfType<PackageMention>()];
}
